/** The parts of Syncthing's REST answers that the harness reads (Syncthing 1.19). */
export interface FolderStatus {
  state: string
  sequence: number
  globalFiles: number
  globalDirectories: number
  globalDeleted: number
  globalBytes: number
  needTotalItems: number
  pullErrors: number
  errors: number
}

export interface Completion {
  completion: number
  needItems: number
  needDeletes: number
}

export interface Connections {
  connections: Record<string, { connected: boolean; address: string }>
}

export interface Options {
  listenAddresses: string[]
  globalAnnounceEnabled: boolean
  localAnnounceEnabled: boolean
  relaysEnabled: boolean
  natEnabled: boolean
  urAccepted: number
  autoUpgradeIntervalH: number
  crashReportingEnabled: boolean
  startBrowser: boolean
}

/** One Syncthing's REST API on 127.0.0.1, authenticated by its API key. */
export class SyncthingRest {
  readonly #base: string
  readonly #apiKey: string

  constructor(port: number, apiKey: string) {
    this.#base = `http://127.0.0.1:${port}`
    this.#apiKey = apiKey
  }

  get<T>(path: string): Promise<T> {
    return this.#call<T>('GET', path)
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.#call<T>('POST', path, body)
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.#call<T>('PATCH', path, body)
  }

  /** Resolves once the API answers; rejects after `timeoutMs` of refused connections. */
  async waitUntilUp(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      try {
        await this.get('/rest/system/ping')
        return
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`Syncthing's REST API at ${this.#base} did not answer in ${timeoutMs} ms.`, { cause: error })
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
  }

  async #call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(this.#base + path, {
      method,
      headers: { 'X-API-Key': this.#apiKey, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.trim()}`)
    return (text === '' ? undefined : JSON.parse(text)) as T
  }
}
