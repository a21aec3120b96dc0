import { AppError } from '../../shared/errors'
import type { HeldNotice } from '../../shared/model'

/**
 * The data files Parallax leaves as they are because what is there now was written by a newer Parallax, each with the
 * way to put this Parallax's own copy in its place, which only the user chooses.
 */
export class HeldFiles {
  readonly #replacers = new Map<string, () => Promise<string>>()

  hold(file: string, useOwnCopy: () => Promise<string>): void {
    this.#replacers.set(file, useOwnCopy)
  }

  release(file: string): void {
    this.#replacers.delete(file)
  }

  /** Moves the held file at `file` (its path in the data folder) to damaged/ and writes this Parallax's copy; returns where it went. */
  async useOwnCopy(file: string): Promise<string> {
    const replace = this.#replacers.get(file)
    if (!replace) throw new AppError('not-found', 'That data file is no longer kept as it was; there is nothing to replace.')
    return replace()
  }
}

/** What an edit of a held file is refused with. */
export function heldError(label: string): AppError {
  return new AppError(
    'conflict',
    `${label} was written by a newer version of Parallax, so this one will not change it. Quit Parallax and open this data folder with the newer version.`
  )
}

/**
 * The notice for a file found written by a newer Parallax: at open, when this Parallax has no copy of its own and shows
 * it empty, or while running, when what it held stays its copy.
 */
export function heldNotice(file: string, label: string, found: number, readsUpTo: number, atOpen: boolean): HeldNotice {
  const what = `(format ${found}; this one reads up to ${readsUpTo})`
  const message = atOpen
    ? `${label} was written by a newer version of Parallax ${what}, so this Parallax will not change it and shows it empty. Keep it, and open this data folder with the newer Parallax; or use this Parallax’s empty copy, and the newer file is moved to the damaged folder.`
    : `${label} was replaced by one written by a newer version of Parallax ${what}, so this Parallax will not change it. Keep it, and open this data folder with the newer Parallax; or use this Parallax’s copy, and the newer file is moved to the damaged folder.`
  return { kind: 'held', file, message }
}
