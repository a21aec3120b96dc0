/**
 * A Parallax holding a data folder, in its own process, for tests: `node --import tsx lock-holder-process.ts DIR
 * [REFRESH_MS [CLOCK_OFFSET_DAYS]]` takes the lock on DIR, prints `locked` and holds it until killed. A clock offset
 * sets this process's clock that many days off, as `faketime` would.
 */
import { lockDataFolder } from '../../src/main/store/lock-file'

const [dir = '', refreshMs = '2000', offsetDays = '0'] = process.argv.slice(2)
const offsetMs = Number(offsetDays) * 86_400_000
const RealDate = Date
class OffsetDate extends RealDate {
  constructor(...args: [] | [string | number | Date]) {
    if (args.length === 0) super(RealDate.now() + offsetMs)
    else super(args[0])
  }

  static override now(): number {
    return RealDate.now() + offsetMs
  }
}
globalThis.Date = OffsetDate as DateConstructor

await lockDataFolder(dir, { refreshMs: Number(refreshMs) })
console.log('locked')
setInterval(() => {}, 60_000)
