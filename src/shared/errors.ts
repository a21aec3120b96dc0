export type ErrorCode = 'invalid-argument' | 'not-found' | 'forbidden' | 'conflict' | 'internal'

export interface ErrorData {
  code: ErrorCode
  message: string
}

/** An error meant for the user: its message is shown as it is, so it must read as a sentence. */
export class AppError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'AppError'
    this.code = code
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorData }
