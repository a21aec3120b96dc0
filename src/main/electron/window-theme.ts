import { nativeTheme, type BrowserWindow } from 'electron'
import type { SettingsService } from '../services/settings-service'
import type { ThemeChoice } from '../../shared/model'
import { pageBackground } from './window-options'
import type { WindowState } from './window-state'

/** Sets the theme for what Electron draws (title bar, menus, dialogs), before the window exists. */
export function wearTheme(theme: ThemeChoice): void {
  nativeTheme.themeSource = theme
}

/**
 * Keeps the native parts of the window in the theme chosen in the app: Electron's `nativeTheme.themeSource` decides
 * the title bar, menus and dialogs (and what `prefers-color-scheme` tells the page), and the window's background shows
 * while it resizes. The choice is also kept beside the window's place, so the next start wears it from the first frame.
 */
export function followTheme(window: BrowserWindow, settings: SettingsService, state: WindowState): void {
  const paint = () => window.setBackgroundColor(pageBackground(nativeTheme.shouldUseDarkColors))
  const apply = (theme: ThemeChoice) => {
    wearTheme(theme)
    state.rememberTheme(theme)
    paint()
  }
  apply(settings.get().theme)
  settings.onChange((changed) => apply(changed.theme))
  nativeTheme.on('updated', paint)
}
