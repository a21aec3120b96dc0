import { describe, expect, it } from 'vitest'
import { launchArgs } from '../../../../src/main/electron/launch-args'

const LINK = 'parallax://open?doc=d_4f3c6d7b01fda092&start=427&end=443'

describe("the desktop app's command line", () => {
  it('reads --data-dir after the app path when started as `electron .`', () => {
    expect(launchArgs(['/usr/lib/electron/electron', '/home/me/parallax', '--data-dir', '/tmp/lib'], true)).toEqual({
      dataDir: '/tmp/lib',
      links: []
    })
  })

  it('reads --data-dir right after the executable in a packaged app, whose argv has no app path', () => {
    expect(launchArgs(['/opt/Parallax/parallax', '--data-dir', '/tmp/lib'], false)).toEqual({ dataDir: '/tmp/lib', links: [] })
    expect(launchArgs(['/opt/Parallax/parallax', '--data-dir=/tmp/lib'], false).dataDir).toBe('/tmp/lib')
  })

  it('does not take the app path for a link or a folder', () => {
    expect(launchArgs(['electron', 'parallax://open?doc=x', '--data-dir', 'd'], true)).toEqual({ dataDir: 'd', links: [] })
  })

  it('finds links among the switches Chromium adds to a second instance', () => {
    const argv = ['C:\\Parallax\\Parallax.exe', '--allow-file-access-from-files', '--original-process-start-time=1337', LINK]
    expect(launchArgs(argv, false)).toEqual({ dataDir: undefined, links: [LINK] })
  })

  it('treats an empty --data-dir as none', () => {
    expect(launchArgs(['parallax', '--data-dir='], false).dataDir).toBeUndefined()
  })
})
