/**
 * Calls between the stand-in's two halves, over the child process's IPC channel: the main process (the Electron
 * stand-in, in the child) and the renderer side (Chromium pages, driven by the test). Either side can call the
 * other by name and await the answer; a call the other side cannot answer comes back as an error.
 */
export type Message =
  | { kind: 'call'; id: number; name: string; payload: unknown }
  | { kind: 'answer'; id: number; ok: true; value: unknown }
  | { kind: 'answer'; id: number; ok: false; error: string }


export class Rpc {
  readonly #post: (message: Message) => void
  readonly #handlers = new Map<string, (payload: unknown) => unknown>()
  readonly #waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  #next = 1

  constructor(post: (message: Message) => void) {
    this.#post = post
  }

  handle<Payload>(name: string, handler: (payload: Payload) => unknown): void {
    this.#handlers.set(name, handler as (payload: unknown) => unknown)
  }

  call<Result = unknown>(name: string, payload: unknown = {}): Promise<Result> {
    const id = this.#next++
    return new Promise<Result>((resolve, reject) => {
      this.#waiting.set(id, { resolve: resolve as (value: unknown) => void, reject })
      this.#post({ kind: 'call', id, name, payload })
    })
  }

  /** Fails every call still waiting, as when the other side has exited. */
  close(reason: string): void {
    for (const waiter of this.#waiting.values()) waiter.reject(new Error(reason))
    this.#waiting.clear()
  }

  async receive(message: Message): Promise<void> {
    if (message.kind === 'answer') {
      const waiter = this.#waiting.get(message.id)
      this.#waiting.delete(message.id)
      if (message.ok) waiter?.resolve(message.value)
      else waiter?.reject(new Error(message.error))
      return
    }
    const handler = this.#handlers.get(message.name)
    try {
      if (!handler) throw new Error(`The stand-in has no handler for ${message.name}.`)
      this.#post({ kind: 'answer', id: message.id, ok: true, value: await handler(message.payload) })
    } catch (error) {
      this.#post({ kind: 'answer', id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) })
    }
  }
}
