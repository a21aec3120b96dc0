import { describe, expect, it } from 'vitest'
import { trustsFramesOf, type SenderFrame } from '../../../../src/main/electron/trusted-sender'

/** A top frame as Electron's WebFrameMain reports it: `origin` is Chromium's serialization, not Node's. */
function topFrame(url: string, origin: string): SenderFrame {
  return { url, origin, parent: null }
}

describe('which frames the desktop app answers', () => {
  const trusted = trustsFramesOf('app://parallax/index.html')

  it('answers the Parallax window, whose origin Chromium gives as app://parallax', () => {
    expect(trusted(topFrame('app://parallax/index.html', 'app://parallax'))).toBe(true)
    expect(trusted(topFrame('app://parallax/index.html?doc=1#top', 'app://parallax'))).toBe(true)
  })

  it('does not rely on Node reading the origin of app://, which it gives as "null"', () => {
    expect(new URL('app://parallax/index.html').origin).toBe('null')
    expect(trusted(topFrame('app://parallax/index.html', 'null'))).toBe(false)
  })

  it('refuses every other page', () => {
    const others: SenderFrame[] = [
      topFrame('https://evil.example/', 'https://evil.example'),
      topFrame('file:///home/user/page.html', 'null'),
      topFrame('data:text/html,<p>hi</p>', 'null'),
      topFrame('app://evil/index.html', 'app://evil'),
      topFrame('app://parallax.evil.example/index.html', 'app://parallax.evil.example'),
      topFrame('http://localhost:5173/', 'http://localhost:5173'),
      topFrame('', 'app://parallax'),
      topFrame('not a url', 'app://parallax'),
      topFrame('https://evil.example/', 'app://parallax')
    ]
    for (const frame of others) expect(trusted(frame), frame.url).toBe(false)
  })

  it('refuses a frame that is gone (null) and any child frame, even of the Parallax page', () => {
    expect(trusted(null)).toBe(false)
    expect(trusted(undefined)).toBe(false)
    expect(trusted({ url: 'app://parallax/index.html', origin: 'app://parallax', parent: {} })).toBe(false)
  })

  it('answers the dev server page under npm run dev, and only it', () => {
    const dev = trustsFramesOf('http://localhost:5173/')
    expect(dev(topFrame('http://localhost:5173/', 'http://localhost:5173'))).toBe(true)
    expect(dev(topFrame('http://localhost:5174/', 'http://localhost:5174'))).toBe(false)
    expect(dev(topFrame('app://parallax/index.html', 'app://parallax'))).toBe(false)
    expect(dev(topFrame('http://127.0.0.1:5173/', 'http://127.0.0.1:5173'))).toBe(false)
  })
})
