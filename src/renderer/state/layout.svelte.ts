import type { Api } from '../../shared/contract/calls'
import type { WorkspaceLayout } from '../../shared/workspace'
import type { NavigationController } from './navigation'
import type { NoticeState } from './notices.svelte'
import type { WorkspaceState } from './workspace.svelte'

/** How long the layout waits for scrolling or resizing to settle before it is saved. */
const SAVE_DELAY_MS = 500

interface Needs {
  api: Api
  workspace: WorkspaceState
  navigation: NavigationController
  notices: NoticeState
}

/** The workspace's layout on disk: read back at start, then saved by itself whenever it changes, once the change settles. */
export class LayoutController {
  /** Saving waits for the saved layout to be in, so that the empty one of a window just opened does not replace it. */
  #restored = $state(false)
  /** A change not saved yet, while it settles. */
  #pending: WorkspaceLayout | null = null
  readonly #needs: Needs

  constructor(needs: Needs) {
    this.#needs = needs
  }

  /** Rebuilds the panes the saved layout names and opens their documents where they were read. */
  async restore(): Promise<void> {
    const { api, workspace, navigation } = this.#needs
    try {
      const layout = await api.getWorkspace({}).catch(() => null)
      if (!layout) return
      workspace.restore(layout)
      await Promise.all(
        workspace.panes.map((pane, index) => {
          const id = layout.panes[index]?.documentId
          const reveal = pane.scrollOffset > 0 ? { start: pane.scrollOffset, align: 'start' as const } : undefined
          return id ? navigation.open(id, reveal, pane) : undefined
        })
      )
      workspace.focusedIndex = layout.focused
    } finally {
      this.#restored = true
    }
  }

  /** Saves the layout after each change to it (panes, their order, sizes and places, the switches); returns the function that stops. */
  watch(): () => void {
    return $effect.root(() => {
      $effect(() => {
        const layout = this.#needs.workspace.layout()
        if (!this.#restored) return
        this.#pending = layout
        const timer = setTimeout(() => this.flush(), SAVE_DELAY_MS)
        return () => clearTimeout(timer)
      })
    })
  }

  /** Saves at once a change still settling, as the window closes. */
  flush(): void {
    const layout = this.#pending
    if (!layout) return
    this.#pending = null
    this.#needs.api.saveWorkspace({ layout }).catch((error: unknown) => this.#needs.notices.failed(error))
  }
}
