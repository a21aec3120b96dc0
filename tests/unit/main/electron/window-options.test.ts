import { describe, expect, it } from 'vitest'
import { mainWindowOptions } from '../../../../src/main/electron/window-options'
import { CONTENT_SECURITY_POLICY } from '../../../../src/shared/csp'

describe('the main window', () => {
  const options = mainWindowOptions({ width: 1200, height: 800 }, '/app/out/preload/index.cjs', false)

  it('keeps the renderer isolated, sandboxed and without Node', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs'
    })
  })

  it('opens where it was left', () => {
    expect(mainWindowOptions({ x: 40, y: 60, width: 900, height: 700 }, 'p', false)).toMatchObject({ x: 40, y: 60, width: 900, height: 700 })
  })

  it("paints its first frame in the page's own background, light or dark", () => {
    expect(mainWindowOptions({ width: 900, height: 700 }, 'p', false).backgroundColor).toBe('#fbfaf7')
    expect(mainWindowOptions({ width: 900, height: 700 }, 'p', true).backgroundColor).toBe('#1b1a18')
  })
})

describe('the content security policy', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((rule) => [rule.split(' ')[0], rule]))

  it('lets scripts come only from the app itself', () => {
    expect(directives.get('script-src')).toBe("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/)
  })

  it('denies everything not named', () => {
    expect(directives.get('default-src')).toBe("default-src 'none'")
    expect(directives.get('frame-ancestors')).toBe("frame-ancestors 'none'")
  })
})
