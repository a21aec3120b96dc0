import type { Api } from '../../shared/contract'
import type { ParallaxBridge } from '../../shared/bridge'
import { unwrap } from './api-client'
import { httpTransport } from './http-transport'
import type { MenuCommand } from '../../shared/menu-commands'
import type { PassageLink } from '../../shared/passage-link'

export { errorMessage } from './error-message'

declare global {
  interface Window {
    /** Present in the desktop app, where the preload exposes the contract (BRIDGE_KEY). */
    parallax?: ParallaxBridge
  }
}

/** The renderer's one way to the back end: the preload in the desktop app, HTTP in browser mode. */
export const api: Api = unwrap(window.parallax?.calls ?? httpTransport())

/** True in the desktop app, where dropped files are imported from their paths on disk. */
export const desktop = window.parallax !== undefined

/** The path of a dropped file in the desktop app; null in browser mode, where its bytes are sent instead. */
export function pathForFile(file: File): string | null {
  return window.parallax?.pathForFile(file) || null
}

/** Runs `listener` for each command from the desktop app's menu; browser mode has no such menu. */
export function onMenuCommand(listener: (command: MenuCommand) => void): void {
  window.parallax?.onMenuCommand(listener)
}

/** Runs `listener` for each parallax:// link the desktop app is asked to open. */
export function onOpenPassage(listener: (link: PassageLink) => void): void {
  window.parallax?.onOpenPassage(listener)
}
