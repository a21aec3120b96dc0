/** Commands the desktop app's menu sends to the window; browser mode offers the same through its own buttons. */
export type MenuCommand = 'import' | 'import-folder' | 'export'

export const MENU_COMMAND_CHANNEL = 'parallax:menu-command'

/** A passage link opened from outside (an exported note), passed to the window to show that passage. */
export const OPEN_PASSAGE_CHANNEL = 'parallax:open-passage'
