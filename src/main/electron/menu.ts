import { app, BrowserWindow, Menu, shell, type MenuItemConstructorOptions } from 'electron'
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../shared/menu-commands'

function send(command: MenuCommand): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command)
}

/** The standard menu; Edit and View lean on Electron's roles so the usual shortcuts work everywhere. */
export function installMenu(dataDir: string): void {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => send('import') },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => send('export') },
        { type: 'separator' },
        { label: 'Show Data Folder', click: () => void shell.openPath(dataDir) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...(app.isPackaged ? [] : [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }]),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    {
      role: 'help',
      submenu: [{ label: 'Parallax on the Web', enabled: false }, { label: `Version ${app.getVersion()}`, enabled: false }]
    }
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
