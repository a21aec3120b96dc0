import { app, powerMonitor, type BrowserWindow } from 'electron'

/**
 * Runs `stop` once before the app ends, however it ends. Quitting waits for it (`will-quit`). A system shutdown or
 * restart on Linux and macOS is delayed until the app has quit (`powerMonitor` 'shutdown', whose preventDefault asks
 * for that). On Windows, a shutdown or log-off ends the app without `will-quit` (Electron's app docs), so the window's
 * 'session-end' starts `stop` there: the time Windows leaves is not ours to extend.
 */
export function stopBeforeExit(window: BrowserWindow, stop: () => Promise<void>): void {
  let stopping: Promise<void> | undefined
  const stopOnce = () =>
    (stopping ??= stop().catch((error: unknown) => console.error(`Parallax could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`)))
  let stopped = false
  app.on('will-quit', (event) => {
    if (stopped) return
    event.preventDefault()
    void stopOnce().finally(() => {
      stopped = true
      app.quit()
    })
  })
  // Electron passes the event though its typings declare no argument; their own text names e.preventDefault().
  const delayShutdown = (event: Electron.Event) => {
    event.preventDefault()
    app.quit()
  }
  powerMonitor.on('shutdown', delayShutdown as () => void)
  // Windows asks first ('query-session-end'), then ends the session: stopping starts at the first word of it.
  window.on('query-session-end', () => void stopOnce())
  window.on('session-end', () => void stopOnce())
}
