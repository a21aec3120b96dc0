import type { Api } from '../../shared/contract/calls'
import type { ParallaxBridge } from '../../shared/contract/bridge'
import type { PushEventName } from '../../shared/contract/names'
import { readPushEvent, type MenuCommand, type PushPayload } from '../../shared/contract/push-events'
import type { PassageLink } from '../../shared/passage-link'
import { unwrap } from './api-client'
import { httpTransport } from './http-transport'

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
  window.parallax?.onMenuCommand(checked('menuCommand', listener))
}

/** Runs `listener` for each parallax:// link the desktop app is asked to open. */
export function onOpenPassage(listener: (link: PassageLink) => void): void {
  window.parallax?.onOpenPassage(checked('openPassage', listener))
}

/** A push event is read with its schema where it arrives; one that does not fit is dropped, and said in the console. */
function checked<K extends PushEventName>(name: K, listener: (payload: PushPayload<K>) => void): (payload: unknown) => void {
  return (payload) => {
    const event = readPushEvent(name, payload)
    if (event === null) console.error(`Parallax dropped a malformed "${name}" event from the desktop app.`)
    else listener(event)
  }
}
