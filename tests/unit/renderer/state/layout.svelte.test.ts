import { flushSync } from 'svelte'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { WorkspaceLayout } from '../../../../src/shared/workspace'
import { AppState } from '../../../../src/renderer/state/app-state.svelte'
import { fakeApi, readingAnswers } from './fake-api'

const SAVED: WorkspaceLayout = {
  panes: [
    { documentId: 'one', size: 1.5, scrollOffset: 0 },
    { documentId: 'two', size: 0.5, scrollOffset: 0 }
  ],
  focused: 1,
  lockScroll: false,
  showBoilerplate: true,
  showLibrary: true,
  showNotes: false
}

function appWithSavedLayout(layout: WorkspaceLayout | null) {
  const saves: WorkspaceLayout[] = []
  const { api } = fakeApi({
    ...readingAnswers({ one: 'The first text.', two: 'The second text.' }, {}),
    getWorkspace: async () => {
      if (!layout) throw new Error('No layout saved yet.')
      return layout
    },
    saveWorkspace: async ({ layout }) => void saves.push(layout)
  })
  const app = new AppState(api)
  const stop = app.layout.watch()
  return { app, saves, stop }
}

describe('LayoutController', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('opens the saved panes as they were, and saves nothing before they are in', async () => {
    const { app, saves, stop } = appWithSavedLayout(SAVED)
    app.workspace.toggleLock()
    flushSync()
    vi.advanceTimersByTime(5_000)
    expect(saves).toEqual([])
    await app.layout.restore()
    expect(app.workspace.panes.map((pane) => [pane.documentId, pane.size, pane.reader.current?.meta.id])).toEqual([
      ['one', 1.5, 'one'],
      ['two', 0.5, 'two']
    ])
    expect([app.workspace.focusedIndex, app.workspace.lockScroll, app.workspace.showNotes]).toEqual([1, false, false])
    stop()
  })

  it('saves itself once a run of changes settles, with the last of them', async () => {
    const { app, saves, stop } = appWithSavedLayout(SAVED)
    await app.layout.restore()
    flushSync()
    vi.advanceTimersByTime(500)
    expect(saves).toEqual([SAVED])

    const [first, second] = app.workspace.panes
    for (const offset of [120, 480, 960]) {
      first!.scrollOffset = offset
      flushSync()
      vi.advanceTimersByTime(200)
    }
    app.workspace.move(second!, -1)
    app.workspace.toggleSidebar('notes')
    flushSync()
    vi.advanceTimersByTime(499)
    expect(saves).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(saves).toHaveLength(2)
    expect(saves[1]).toEqual({
      ...SAVED,
      panes: [
        { documentId: 'two', size: 0.5, scrollOffset: 0 },
        { documentId: 'one', size: 1.5, scrollOffset: 960 }
      ],
      focused: 0,
      showNotes: true
    })
    stop()
  })

  it('saves a change still settling at once when asked, as the window closes, and only once', async () => {
    const { app, saves, stop } = appWithSavedLayout(null)
    await app.layout.restore()
    flushSync()
    vi.advanceTimersByTime(500)
    saves.length = 0
    app.workspace.toggleBoilerplate()
    flushSync()
    app.layout.flush()
    expect(saves.map((layout) => layout.showBoilerplate)).toEqual([true])
    vi.advanceTimersByTime(500)
    app.layout.flush()
    expect(saves).toHaveLength(1)
    stop()
  })

  it('stops saving once stopped', async () => {
    const { app, saves, stop } = appWithSavedLayout(null)
    await app.layout.restore()
    stop()
    app.workspace.toggleLock()
    flushSync()
    vi.advanceTimersByTime(5_000)
    expect(saves).toEqual([])
  })
})
