import { execFile } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

const REPO = resolve(import.meta.dirname, '..', '..', '..')
export const ELECTRON_VERSION: string = JSON.parse(readFileSync(join(REPO, 'node_modules', 'electron', 'package.json'), 'utf8')).version

/** What the stand-in Electron binary does when started. */
export type FakeBinary =
  | { kind: 'starts' }
  | { kind: 'aborts'; stderr: string }
  | { kind: 'exits'; code: number; stderr: string }

/** What the stand-in @electron/get does when asked for Electron's zip. */
export type FakeDownload = 'fails' | 'works'

/** The first line Electron prints when run as root without --no-sandbox (https://github.com/electron/electron/issues/26828). */
export const RUNNING_AS_ROOT_LINE =
  '[12170:1204/064742.756272:FATAL:electron_main_delegate.cc(211)] Running as root without --no-sandbox is not supported. See https://crbug.com/638180.'

/** Chromium's abort on Ubuntu 24.04 when AppArmor refuses user namespaces (https://github.com/electron/electron/issues/42510). */
export function suidSandboxLine(electronDir: string): string {
  return (
    "[77996:0908/150845.938417:FATAL:sandbox/linux/suid/client/setuid_sandbox_host.cc:166] The SUID sandbox helper binary was found, but is not configured correctly. Rather than run without sandboxing I'm aborting now. You need to make sure that " +
    `${join(electronDir, 'dist', 'chrome-sandbox')} is owned by root and has mode 4755.`
  )
}

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
}

function shellWord(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`
}

function binaryScript(binary: FakeBinary): string {
  if (binary.kind === 'starts') {
    return `exec ${shellWord(process.execPath)} -e 'console.log("fake electron argv " + JSON.stringify(process.argv.slice(1)))' -- "$@"\n`
  }
  const say = `printf '%s\\n' ${shellWord(binary.stderr)} >&2\n`
  // Chromium's FATAL ends the process with SIGTRAP ("Trace/breakpoint trap").
  return binary.kind === 'aborts' ? `${say}kill -TRAP $$\n` : `${say}exit ${binary.code}\n`
}

function downloadModule(download: FakeDownload): string {
  const outcome =
    download === 'fails'
      ? "throw Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), { code: 'ENOTFOUND' })"
      : `for (const percent of [0, 0.1, 0.3, 0.6, 0.8, 1]) await details.downloadOptions.getProgressCallback({ percent, transferred: percent * 110e6, total: 110e6 })
  return require('path').join(__dirname, 'electron.zip')`
  return `const fs = require('fs')
const path = require('path')
exports.downloadArtifact = async (details) => {
  const call = { ...details, downloadOptions: { ...details.downloadOptions, getProgressCallback: typeof details.downloadOptions.getProgressCallback } }
  fs.appendFileSync(path.join(__dirname, 'calls.jsonl'), JSON.stringify(call) + '\\n')
  ${outcome}
}
`
}

/**
 * A checkout of Parallax in a temporary folder: this repository's scripts/ and package.json, sources older than a
 * stand-in build (so nothing is built), a stand-in browser mode (out/main/serve.js prints its args) and, in
 * node_modules/electron, a stand-in Electron laid out like the real package with its own stand-in @electron/get.
 */
export class FakeCheckout {
  readonly electronDir: string

  constructor(readonly root: string) {
    this.electronDir = join(root, 'node_modules', 'electron')
    cpSync(join(REPO, 'scripts'), join(root, 'scripts'), { recursive: true })
    cpSync(join(REPO, 'package.json'), join(root, 'package.json'))
    this.#write('src/main/index.ts', '')
    this.#write('electron.vite.config.ts', '')
    const anHourAgo = new Date(Date.now() - 60 * 60_000)
    for (const input of ['src/main/index.ts', 'src/main', 'src', 'electron.vite.config.ts', 'package.json']) utimesSync(join(root, input), anHourAgo, anHourAgo)
    for (const output of ['out/main/index.js', 'out/main/cli.js', 'out/main/fingerprint-worker.js', 'out/main/search-worker.js', 'out/preload/index.cjs', 'out/renderer/index.html']) this.#write(output, '')
    this.#write('out/main/serve.js', "console.log('Parallax is running at http://127.0.0.1:9/ (stand-in) with ' + JSON.stringify(process.argv.slice(2)))\n")
    this.#write('node_modules/electron/package.json', JSON.stringify({ name: 'electron', version: ELECTRON_VERSION, main: 'index.js' }))
    this.#write('node_modules/electron/checksums.json', JSON.stringify({ 'stand-in.zip': 'checksums of the stand-in' }))
    this.#write('node_modules/electron/node_modules/@electron/get/package.json', JSON.stringify({ name: '@electron/get', main: 'index.js' }))
  }

  /** Electron as if its binary were installed. */
  installBinary(binary: FakeBinary): this {
    this.#write('node_modules/electron/path.txt', 'electron')
    this.#write('node_modules/electron/dist/electron', `#!/bin/sh\n${binaryScript(binary)}`)
    chmodSync(join(this.electronDir, 'dist', 'electron'), 0o755)
    return this
  }

  /** Electron not installed yet: its @electron/get behaves as told, and its install.js "unpacks" a binary that starts. */
  downloadable(download: FakeDownload): this {
    this.#write('node_modules/electron/node_modules/@electron/get/index.js', downloadModule(download))
    const binary = JSON.stringify(`#!/bin/sh\n${binaryScript({ kind: 'starts' })}`)
    this.#write(
      'node_modules/electron/install.js',
      `const fs = require('fs')
const path = require('path')
fs.appendFileSync(path.join(__dirname, 'installs.log'), 'unpacked\\n')
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true })
fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), ${binary}, { mode: 0o755 })
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron')
`
    )
    return this
  }

  /** The arguments @electron/get's downloadArtifact was called with, one entry a call. */
  downloadCalls(): Record<string, unknown>[] {
    const file = join(this.electronDir, 'node_modules', '@electron', 'get', 'calls.jsonl')
    if (!existsSync(file)) return []
    return readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
  }

  installRuns(): number {
    const file = join(this.electronDir, 'installs.log')
    return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').length : 0
  }

  get failureFile(): string {
    return join(this.root, 'node_modules', '.cache', 'parallax', 'electron-download.json')
  }

  /** `node <checkout>/scripts/<script> ...args`, run from elsewhere, with none of the caller's Electron settings. */
  run(script: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
    const inherited = { ...process.env }
    for (const name of ['ELECTRON_SKIP_BINARY_DOWNLOAD', 'ELECTRON_OVERRIDE_DIST_PATH', 'PARALLAX_RETRY_ELECTRON_DOWNLOAD', 'electron_config_cache']) {
      delete inherited[name]
    }
    return new Promise((done) => {
      execFile(
        process.execPath,
        [join(this.root, 'scripts', script), ...args],
        { cwd: dirname(this.root), env: { ...inherited, ...env }, timeout: 15_000 },
        (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr })
      )
    })
  }

  #write(path: string, text: string): void {
    mkdirSync(dirname(join(this.root, path)), { recursive: true })
    writeFileSync(join(this.root, path), text)
  }
}
