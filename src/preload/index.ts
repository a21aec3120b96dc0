import { contextBridge, ipcRenderer } from 'electron'
import { callNames, channelOf } from '../shared/call-names'
import type { RawApi } from '../shared/contract'

/** One named method per contract entry; ipcRenderer itself never crosses the bridge. */
const calls = Object.fromEntries(
  callNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelOf(name), input)])
) as RawApi

contextBridge.exposeInMainWorld('parallax', { calls })
