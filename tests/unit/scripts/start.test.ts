import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../helpers/temp-dir'
import { ELECTRON_VERSION, FakeCheckout, RUNNING_AS_ROOT_LINE, suidSandboxLine } from './fake-checkout'

const BROWSER_MODE = 'Parallax opens in your browser instead (browser mode).'

async function checkout(folderName = 'parallax'): Promise<FakeCheckout> {
  const root = join(await tempDir(), folderName)
  mkdirSync(root)
  return new FakeCheckout(root)
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1
}

/** The args the stand-in browser mode (out/main/serve.js) was started with, or null if it was not started. */
function browserModeArgs(stdout: string): string[] | null {
  const line = /Parallax is running at http:\/\/127\.0\.0\.1:9\/ \(stand-in\) with (.*)/.exec(stdout)
  return line ? (JSON.parse(line[1]!) as string[]) : null
}

function desktopArgs(stdout: string): string[] | null {
  const line = /fake electron argv (.*)/.exec(stdout)
  return line ? (JSON.parse(line[1]!) as string[]) : null
}

// The stand-in Electron binaries are shell scripts.
describe.skipIf(process.platform === 'win32')('npm start (scripts/start.mjs)', () => {
  it('starts the desktop app from a checkout whose path has a space, with that checkout as the app and the args after it', async () => {
    const app = (await checkout('Parallax checkout with space')).installBinary({ kind: 'starts' })
    const dataDir = join(app.root, '..', 'data dir')
    const { code, stdout } = await app.run('start.mjs', ['--data-dir', dataDir])
    expect(desktopArgs(stdout)).toEqual([app.root, '--data-dir', dataDir])
    expect(code).toBe(0)
    expect(app.downloadCalls()).toEqual([])
  })

  it('npm run serve runs the built entry from a checkout whose path has a space, with the args', async () => {
    const app = await checkout('Parallax checkout with space')
    const { code, stdout } = await app.run('run-built.mjs', ['serve', '--no-open', '--port', '0'])
    expect(browserModeArgs(stdout)).toEqual(['--no-open', '--port', '0'])
    expect(code).toBe(0)
  })

  it("recognises Chromium's sandbox abort, explains it once with commands for this binary, and opens browser mode", async () => {
    const app = await checkout()
    app.installBinary({ kind: 'aborts', stderr: suidSandboxLine(app.electronDir) })
    const { code, stdout, stderr } = await app.run('start.mjs', ['--no-open', '--data-dir', '/tmp/somewhere'])
    expect(stderr).toContain(suidSandboxLine(app.electronDir))
    expect(occurrences(stdout, 'Electron stopped at start because Linux would not let it turn on its sandbox')).toBe(1)
    const helper = join(app.electronDir, 'dist', 'chrome-sandbox')
    expect(stdout).toContain(`sudo chown root:root '${helper}' && sudo chmod 4755 '${helper}'`)
    expect(stdout).toContain(`'profile parallax-electron "${join(app.electronDir, 'dist', 'electron')}" flags=(unconfined) {'`)
    expect(stdout).toContain('sudo apparmor_parser -r /etc/apparmor.d/parallax-electron')
    expect(stdout).toContain('kernel.apparmor_restrict_unprivileged_userns=0')
    expect(stdout.indexOf('Electron stopped')).toBeLessThan(stdout.indexOf(BROWSER_MODE))
    expect(browserModeArgs(stdout)).toEqual(['--no-open', '--data-dir', '/tmp/somewhere'])
    expect(code).toBe(0)
  })

  it('recognises "No usable sandbox!" as the same AppArmor problem', async () => {
    const line =
      '[110483:110483:0415/143659.359212:FATAL:zygote_host_impl_linux.cc(127)] No usable sandbox! If you are running on Ubuntu 23.10+ or another Linux distro that has disabled unprivileged user namespaces with AppArmor, see https://chromium.googlesource.com/chromium/src/+/main/docs/security/apparmor-userns-restrictions.md.'
    const app = (await checkout()).installBinary({ kind: 'aborts', stderr: line })
    const { stdout } = await app.run('start.mjs', ['--no-open'])
    expect(occurrences(stdout, 'Electron stopped at start because Linux would not let it turn on its sandbox')).toBe(1)
    expect(browserModeArgs(stdout)).toEqual(['--no-open'])
  })

  it('explains that Electron will not run as root with its sandbox on, adds no --no-sandbox, and opens browser mode', async () => {
    const app = (await checkout()).installBinary({ kind: 'aborts', stderr: RUNNING_AS_ROOT_LINE })
    const { stdout } = await app.run('start.mjs', ['--no-open'])
    expect(occurrences(stdout, 'Electron does not start as root with its sandbox on')).toBe(1)
    expect(stdout).toContain('Run npm start as your ordinary user')
    expect(browserModeArgs(stdout)).toEqual(['--no-open'])
  })

  it('passes any other failure of the desktop app through as its exit code, without browser mode', async () => {
    const app = (await checkout()).installBinary({ kind: 'exits', code: 3, stderr: '[1:1:FATAL:gpu_init.cc(1)] Something else went wrong.' })
    const { code, stdout, stderr } = await app.run('start.mjs', ['--no-open'])
    expect(stderr).toContain('Something else went wrong.')
    expect(stdout).not.toContain(BROWSER_MODE)
    expect(code).toBe(3)
  })

  it('says once why the download failed, remembers it, and does not try again on the next start', async () => {
    const app = (await checkout()).downloadable('fails')
    const first = await app.run('start.mjs', ['--no-open', '--data-dir', '/tmp/first'])
    expect(occurrences(first.stdout + first.stderr, 'getaddrinfo ENOTFOUND github.com')).toBe(1)
    expect(first.stdout).toContain('Electron could not be downloaded (getaddrinfo ENOTFOUND github.com).')
    expect(first.stderr).not.toMatch(/\bat .*\.(mjs|js):\d+/)
    expect(browserModeArgs(first.stdout)).toEqual(['--no-open', '--data-dir', '/tmp/first'])
    expect(app.downloadCalls()).toHaveLength(1)
    expect(JSON.parse(readFileSync(app.failureFile, 'utf8'))).toMatchObject({ reason: 'Electron could not be downloaded (getaddrinfo ENOTFOUND github.com)' })

    const second = await app.run('start.mjs', ['--no-open'])
    expect(app.downloadCalls()).toHaveLength(1)
    expect(occurrences(second.stdout, 'getaddrinfo ENOTFOUND github.com')).toBe(1)
    expect(second.stdout).toMatch(/Electron could not be downloaded \(getaddrinfo ENOTFOUND github\.com\) at .+, so npm start waits a day/)
    expect(second.stdout).toContain('PARALLAX_RETRY_ELECTRON_DOWNLOAD=1 npm start')
    expect(browserModeArgs(second.stdout)).toEqual(['--no-open'])
  })

  it('tries a failed download again with PARALLAX_RETRY_ELECTRON_DOWNLOAD=1, and by itself once a day has passed', async () => {
    const app = (await checkout()).downloadable('fails')
    await app.run('start.mjs', ['--no-open'])
    await app.run('start.mjs', ['--no-open'], { PARALLAX_RETRY_ELECTRON_DOWNLOAD: '1' })
    expect(app.downloadCalls()).toHaveLength(2)

    const yesterday = new Date(Date.now() - 25 * 60 * 60_000).toISOString()
    writeFileSync(app.failureFile, JSON.stringify({ at: yesterday, reason: 'Electron could not be downloaded (long ago)' }))
    const later = await app.run('start.mjs', ['--no-open'])
    expect(app.downloadCalls()).toHaveLength(3)
    expect(later.stdout).not.toContain('long ago')
  })

  it('downloads with @electron/get as install.js would, shows the progress, lets install.js unpack it, and starts the desktop app', async () => {
    const app = (await checkout()).downloadable('fails')
    await app.run('start.mjs', ['--no-open'])
    app.downloadable('works')
    const cacheRoot = join(app.root, '..', 'electron cache')
    const { code, stdout } = await app.run('start.mjs', ['--data-dir', '/tmp/d'], { PARALLAX_RETRY_ELECTRON_DOWNLOAD: '1', electron_config_cache: cacheRoot })
    expect(app.downloadCalls()[1]).toEqual({
      version: ELECTRON_VERSION,
      artifactName: 'electron',
      cacheRoot,
      checksums: { 'stand-in.zip': 'checksums of the stand-in' },
      platform: process.platform,
      arch: process.arch,
      downloadOptions: expect.objectContaining({ quiet: true, getProgressCallback: 'function' })
    })
    // Not a terminal here, so a line each time a quarter is passed (the stand-in reports 0, 10, 30, 60, 80 and 100%).
    expect(stdout.match(/^Downloading Electron: .*$/gm)).toEqual([0, 30, 60, 80, 100].map((percent) => `Downloading Electron: ${percent}% of 110 MB`))
    expect(app.installRuns()).toBe(1)
    expect(desktopArgs(stdout)).toEqual([app.root, '--data-dir', '/tmp/d'])
    expect(code).toBe(0)
    expect(() => readFileSync(app.failureFile)).toThrow(/ENOENT/)
  })

  it('does not download when ELECTRON_SKIP_BINARY_DOWNLOAD is set, and names that variable as the reason', async () => {
    const app = (await checkout()).downloadable('works')
    const { stdout } = await app.run('start.mjs', ['--no-open'], { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })
    expect(stdout).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD is set, so the desktop app (Electron) is not downloaded')
    expect(app.downloadCalls()).toEqual([])
    expect(app.installRuns()).toBe(0)
    expect(browserModeArgs(stdout)).toEqual(['--no-open'])
  })
})
