import type { Api } from '../../shared/contract/calls'
import type { ThemeChoice } from '../../shared/model'

/** The colour scheme: the system's unless the user picks one; applied through `data-theme` on the root element. */
export class ThemeState {
  choice = $state<ThemeChoice>('system')

  readonly #api: Api

  constructor(api: Api) {
    this.#api = api
  }

  async load(): Promise<void> {
    this.#apply((await this.#api.getSettings({})).theme)
  }

  async choose(choice: ThemeChoice): Promise<void> {
    this.#apply(choice)
    await this.#api.updateSettings({ theme: choice })
  }

  #apply(choice: ThemeChoice): void {
    this.choice = choice
    document.documentElement.dataset.theme = choice
  }
}
