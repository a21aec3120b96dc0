import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { callNames, channelOf } from '../shared/call-names'
import type { RawApi } from '../shared/contract'
import { MENU_COMMAND_CHANNEL, OPEN_PASSAGE_CHANNEL, type MenuCommand } from '../shared/menu-commands'
import type { PassageLink } from '../shared/passage-link'

/** One named method per contract entry; ipcRenderer itself never crosses the bridge. */
const calls = Object.fromEntries(
  callNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelOf(name), input)])
) as RawApi

contextBridge.exposeInMainWorld('parallax', {
  calls,
  /** Where a dropped file lives on disk (File.path is gone since Electron 32). */
  pathForFile: (file: File) => webUtils.getPathForFile(file),
  /** Menu commands, passed on without the IPC event. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    ipcRenderer.on(MENU_COMMAND_CHANNEL, (_event, command: MenuCommand) => listener(command))
  },
  /** parallax:// links opened from exported notes. */
  onOpenPassage: (listener: (link: PassageLink) => void) => {
    ipcRenderer.on(OPEN_PASSAGE_CHANNEL, (_event, link: PassageLink) => listener(link))
  }
})
