export interface Notice {
  id: number
  kind: 'info' | 'error'
  text: string
}

/** Short messages for the user, read out by screen readers; errors stay until dismissed. */
const MAX_SHOWN = 3

export class NoticeState {
  items = $state<Notice[]>([])
  #next = 1

  info(text: string): void {
    const id = this.#push('info', text)
    setTimeout(() => this.dismiss(id), 4000)
  }

  error(text: string): void {
    this.#push('error', text)
  }

  dismiss(id: number): void {
    this.items = this.items.filter((item) => item.id !== id)
  }

  #push(kind: Notice['kind'], text: string): number {
    const id = this.#next++
    this.items = [...this.items, { id, kind, text }].slice(-MAX_SHOWN)
    return id
  }
}
