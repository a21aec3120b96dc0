import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/contract/push-events'

export interface MenuContext {
  platform: NodeJS.Platform
  /** Development builds get Reload and the developer tools. */
  isPackaged: boolean
  version: string
  /** Sends a command to the focused window. */
  send: (command: MenuCommand) => void
  showDataFolder: () => void
}

/**
 * The application menu. On macOS it starts with the app's own menu (named after the app: Parallax) and has a Window
 * menu, as the platform's guidelines ask; on Windows and Linux File ends with Quit. Edit and View lean on Electron's
 * roles so the usual shortcuts work everywhere. macOS's open dialog takes files and folders at once; the others need a
 * second item for folders (Electron's `openDirectory` turns the dialog into a folder picker there).
 */
export function menuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const isMac = context.platform === 'darwin'
  const importItems: MenuItemConstructorOptions[] = isMac
    ? [{ label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => context.send('import') }]
    : [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => context.send('import') },
        { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => context.send('import-folder') }
      ]
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        ...importItems,
        // Pastes into the page: outside a text field the page makes the clipboard's text a new document.
        { label: 'Paste as New Document', accelerator: 'CmdOrCtrl+Shift+V', role: 'pasteAndMatchStyle' },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => context.send('export') },
        { type: 'separator' },
        { label: 'Show Data Folder', click: context.showDataFolder },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...(context.isPackaged ? [] : [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }]),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    ...(isMac ? [{ role: 'windowMenu' as const }] : []),
    { role: 'help', submenu: [{ label: `Parallax ${context.version}`, enabled: false }] }
  ]
}
