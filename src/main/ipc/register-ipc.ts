import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { callNames, channelOf } from '../../shared/contract/names'
import type { Dispatch } from './dispatch'

/** Registers every contract entry through one function: a call from any frame but our own page is refused. */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch, isTrusted: (event: IpcMainInvokeEvent) => boolean): void {
  for (const name of callNames) {
    ipcMain.handle(channelOf(name), (event, input: unknown) => {
      if (!isTrusted(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'This call is only answered for the Parallax window.' } }
      }
      return dispatch(name, input)
    })
  }
}
