import type { RawApi } from './calls'
import type { PushEventName } from './names'

/**
 * One subscription per push event. The payload is typed `unknown` on purpose: the preload passes on what came over IPC,
 * and the page reads it with the event's schema (`readPushEvent`).
 */
type PushSubscriptions = { [K in PushEventName as `on${Capitalize<K>}`]: (listener: (payload: unknown) => void) => void }

/**
 * What the desktop app's preload exposes to the page as `window.parallax` (the preload `satisfies` it); browser mode
 * has no bridge. parallax:// links that came while the page was starting are passed on once it listens.
 */
export type ParallaxBridge = PushSubscriptions & {
  calls: RawApi
  /** Where a dropped or chosen file lives on disk ('' for one that is not on disk). */
  pathForFile: (file: File) => string
}

/** The global the preload defines. */
export const BRIDGE_KEY = 'parallax'
