import type { ThemeChoice } from '../../shared/model'
import { api } from '../lib/api'

/** The colour scheme: the system's unless the user picks one; applied through `data-theme` on the root element. */
export class ThemeState {
  choice = $state<ThemeChoice>('system')

  async load(): Promise<void> {
    this.#apply((await api.getSettings({})).theme)
  }

  async choose(choice: ThemeChoice): Promise<void> {
    this.#apply(choice)
    await api.updateSettings({ theme: choice })
  }

  #apply(choice: ThemeChoice): void {
    this.choice = choice
    document.documentElement.dataset.theme = choice
  }
}
