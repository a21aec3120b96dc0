import { BrowserModeApp } from '../tests/e2e/browser-mode-app'
import { servedCopy } from './served-copy'

/**
 * Milliseconds from sending each keystroke's search to its answer read, through the real server in browser mode, as
 * the page asks: a POST with the session token, its JSON read. The server is started on a copy of the library and
 * timing begins once its search index and comparison are built; a first round warms up, `rounds` are counted.
 */
export async function typingOverHttp(dataDir: string, keystrokes: string[], rounds: number): Promise<number[]> {
  const app = await BrowserModeApp.launch(await servedCopy(dataDir))
  try {
    await app.call('listQuotes', { sharedOnly: true })
    await app.call('search', { text: 'hostages' })
    const times: number[] = []
    for (let round = 0; round <= rounds; round++) {
      for (const text of keystrokes) {
        const started = performance.now()
        await app.call('search', { text })
        if (round > 0) times.push(performance.now() - started)
      }
    }
    return times
  } finally {
    await app.stop()
  }
}
