import { writeSync } from 'node:fs'

/**
 * For a writer the crash tests kill: writes a line straight to file descriptor 1, which the parent's pipe leaves
 * blocking, so a printed line has left the process before the next statement runs. process.stdout would make the pipe
 * non-blocking and queue lines in memory once the parent falls behind, and a kill would lose lines of steps that are
 * on disk. (Were the pipe non-blocking after all, a full pipe would make writeSync throw and the run fail, not lose a
 * line.)
 */
export function printLine(line: object): void {
  writeSync(1, `${JSON.stringify(line)}\n`)
}
