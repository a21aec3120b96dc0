import { describe, expect, it } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { menuTemplate } from '../../../../src/main/electron/menu'
import type { MenuCommand } from '../../../../src/shared/contract/push-events'

function build(platform: NodeJS.Platform) {
  const sent: MenuCommand[] = []
  const template = menuTemplate({ platform, isPackaged: true, version: '1.2.3', send: (command) => sent.push(command), showDataFolder: () => undefined })
  return { template, sent }
}

const names = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label ?? item.role)
const fileMenu = (items: MenuItemConstructorOptions[]) => items.find((item) => item.label === 'File')!.submenu as MenuItemConstructorOptions[]

describe('the application menu', () => {
  it("on macOS starts with the app's own menu and has a Window menu; File closes the window", () => {
    const { template } = build('darwin')
    expect(names(template)).toEqual(['appMenu', 'File', 'editMenu', 'View', 'windowMenu', 'help'])
    expect(names(fileMenu(template))).toEqual(['Import…', 'Paste as New Document', 'Export…', undefined, 'Show Data Folder', undefined, 'close'])
  })

  it('on Linux and Windows has Import Folder… beside Import… and ends File with Quit, with no Window menu', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const { template } = build(platform)
      expect(names(template)).toEqual(['File', 'editMenu', 'View', 'help'])
      expect(names(fileMenu(template))).toEqual(['Import…', 'Import Folder…', 'Paste as New Document', 'Export…', undefined, 'Show Data Folder', undefined, 'quit'])
    }
  })

  it('sends each File command to the window', () => {
    const { template, sent } = build('linux')
    for (const item of fileMenu(template)) item.click?.({} as never, undefined, {} as never)
    expect(sent).toEqual(['import', 'import-folder', 'export'])
  })

  it('pastes as plain text into the page on Ctrl+Shift+V, where the page makes a paste outside a text field a document', () => {
    const paste = fileMenu(build('linux').template).find((item) => item.label === 'Paste as New Document')!
    expect([paste.role, paste.accelerator]).toEqual(['pasteAndMatchStyle', 'CmdOrCtrl+Shift+V'])
  })

  it('leaves Reload and the developer tools out of a packaged app', () => {
    const view = build('linux').template.find((item) => item.label === 'View')!.submenu as MenuItemConstructorOptions[]
    expect(names(view)).not.toContain('toggleDevTools')
    const dev = menuTemplate({ platform: 'linux', isPackaged: false, version: '1', send: () => undefined, showDataFolder: () => undefined })
    expect(names(dev.find((item) => item.label === 'View')!.submenu as MenuItemConstructorOptions[])).toContain('toggleDevTools')
  })
})
