import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { callNames, channelOf, pushChannelOf } from '../shared/contract/names'
import type { RawApi } from '../shared/contract/calls'
import { BRIDGE_KEY, type ParallaxBridge } from '../shared/contract/bridge'

/** One named method per contract entry; ipcRenderer itself never crosses the bridge. */
const calls = Object.fromEntries(
  callNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelOf(name), input)])
) as RawApi

/** Menu commands, passed on without the IPC event to every listener; they mean nothing before the page listens. */
const menuListeners: ((command: unknown) => void)[] = []
ipcRenderer.on(pushChannelOf('menuCommand'), (_event, command: unknown) => menuListeners.forEach((listener) => listener(command)))

/**
 * Links to open. The preload runs before the page's scripts, so it listens from the start: a link the main process
 * sends as the page finishes loading (a link that started the app) is held until the page asks for links.
 */
const heldLinks: unknown[] = []
let openPassage: ((link: unknown) => void) | undefined
ipcRenderer.on(pushChannelOf('openPassage'), (_event, link: unknown) => (openPassage ? openPassage(link) : heldLinks.push(link)))

const bridge = {
  calls,
  /** File.path is gone since Electron 32. */
  pathForFile: (file) => webUtils.getPathForFile(file),
  onMenuCommand: (listener) => {
    menuListeners.push(listener)
  },
  onOpenPassage: (listener) => {
    openPassage = listener
    heldLinks.splice(0).forEach(listener)
  }
} satisfies ParallaxBridge

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge)
