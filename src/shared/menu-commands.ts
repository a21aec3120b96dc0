/** Commands the desktop app's menu sends to the window; browser mode offers the same through its own buttons. */
export type MenuCommand = 'import' | 'export'

export const MENU_COMMAND_CHANNEL = 'parallax:menu-command'
