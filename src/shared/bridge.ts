import type { RawApi } from './contract'
import type { MenuCommand } from './menu-commands'
import type { PassageLink } from './passage-link'

/** What the desktop app's preload exposes to the page as `window.parallax`; browser mode has no bridge. */
export interface ParallaxBridge {
  calls: RawApi
  /** Where a dropped or chosen file lives on disk ('' for one that is not on disk). */
  pathForFile: (file: File) => string
  onMenuCommand: (listener: (command: MenuCommand) => void) => void
  /** parallax:// links the app is asked to open; one that came while the page was starting is passed on as it listens. */
  onOpenPassage: (listener: (link: PassageLink) => void) => void
}

/** The global the preload defines. */
export const BRIDGE_KEY = 'parallax'
