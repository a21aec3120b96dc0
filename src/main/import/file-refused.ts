import type { RejectionReason } from '../../shared/model'

/** A file of a format Parallax reads that holds nothing it can import, with the one sentence that tells the user why. */
export class FileRefused extends Error {
  constructor(
    readonly reason: RejectionReason,
    message: string
  ) {
    super(message)
    this.name = 'FileRefused'
  }
}
