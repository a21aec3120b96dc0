import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { getRawHeader } from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
// electron-builder's own desktop entry, icon and plist code, from the library it is made of (installed with it).
import { LinuxTargetHelper } from 'app-builder-lib/out/targets/LinuxTargetHelper'
import { parsePlistFile } from 'app-builder-lib/out/util/plist'
import { Arch, build, Platform, type AfterPackContext, type LinuxPackager } from 'electron-builder'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ICNS_TYPES, ICO_SIZES, LINUX_SIZES } from '../../../build/render-icons'
import { buildIfNeeded } from '../../../scripts/build-if-needed.mjs'
import {
  archivedPackages,
  archiveFiles,
  installedClosure,
  isProvidedByElectron,
  moduleSpecifiers,
  packageOf,
  readArchived,
  resolveInArchive
} from './archive-modules'
import { makeStandInLinuxElectron, makeStandInMacElectron, STOCK_FUSE_WIRE } from './stand-in-electron'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T
const { devDependencies } = readJson<{ devDependencies: Record<string, string> }>('package.json')
const electronVersion = readJson<{ version: string }>('node_modules/electron/package.json').version

interface Packaged {
  appOutDir: string
  packager: AfterPackContext['packager']
}

let work: string
const packaged: Record<'linux' | 'mac', Packaged> = {} as Record<'linux' | 'mac', Packaged>

/**
 * electron-builder's unpacked build with the project's electron-builder.ts, which it finds itself, against a stand-in
 * Electron (the real one is a download this machine cannot make), into a temporary folder.
 */
async function packageFor(platform: Platform, electronDist: string, output: string): Promise<Packaged> {
  let result: Packaged | undefined
  await build({
    projectDir: root,
    targets: platform.createTarget('dir', Arch.x64),
    publish: 'never',
    config: {
      electronDist,
      electronVersion,
      directories: { output },
      afterPack: ({ appOutDir, packager }) => {
        result = { appOutDir, packager }
      }
    }
  })
  if (!result) throw new Error(`electron-builder packed nothing for ${platform.name}`)
  return result
}

beforeAll(async () => {
  buildIfNeeded()
  work = await mkdtemp(join(tmpdir(), 'parallax-packaging-'))
  packaged.linux = await packageFor(Platform.LINUX, await makeStandInLinuxElectron(join(work, 'electron-linux')), join(work, 'linux'))
  packaged.mac = await packageFor(Platform.MAC, await makeStandInMacElectron(join(work, 'electron-mac')), join(work, 'mac'))
}, 120_000)

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

const linuxArchive = (): string => join(packaged.linux.appOutDir, 'resources', 'app.asar')
const macContents = (): string => join(packaged.mac.appOutDir, 'Parallax.app', 'Contents')
const linuxHelper = (): LinuxTargetHelper => new LinuxTargetHelper(packaged.linux.packager as LinuxPackager)

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort()
}

describe('the packaged app.asar', () => {
  test('holds the built app, the seeds and package.json, and nothing else', () => {
    const files = archiveFiles(linuxArchive())
    expect([...new Set(files.map((file) => file.split('/')[0]))].sort()).toEqual(['out', 'package.json', 'seeds'])
    expect(files.filter((file) => file.startsWith('seeds/'))).toEqual(filesUnder('seeds'))
    expect(files.filter((file) => file.startsWith('seeds/'))).toHaveLength(5)
    expect(files.filter((file) => file.startsWith('out/renderer/'))).toEqual(filesUnder('out/renderer'))
    expect(files.filter((file) => file.startsWith('out/preload/'))).toEqual(['out/preload/index.cjs'])
    expect(files.filter((file) => /^(src|tests|bench|docs|scripts|build|\.ci|node_modules)\//.test(file) || file.endsWith('.map'))).toEqual([])
  })

  test("package.json starts the main process as an ES module and names the Linux desktop entry, without the checkout's scripts", () => {
    const shipped = JSON.parse(readArchived(linuxArchive(), 'package.json')) as Record<string, unknown>
    expect(shipped).toMatchObject({ main: 'out/main/index.js', type: 'module', productName: 'Parallax', desktopName: 'parallax.desktop' })
    expect(shipped).not.toHaveProperty('scripts')
    expect(shipped).not.toHaveProperty('devDependencies')
  })

  test('out/main is the desktop main process: index.js, the workers it starts and every chunk they load, not the browser-mode or command-line entries', () => {
    const archive = linuxArchive()
    const files = archiveFiles(archive)
    const loaded = new Set<string>()
    const missing: string[] = []
    const visit = (file: string): void => {
      if (loaded.has(file)) return
      if (!files.includes(file)) return void missing.push(file)
      loaded.add(file)
      for (const specifier of moduleSpecifiers(readArchived(archive, file))) {
        if (specifier.startsWith('.')) visit(join(file, '..', specifier).replaceAll('\\', '/'))
      }
    }
    visit('out/main/index.js')
    expect(missing).toEqual([])
    expect(files.filter((file) => file.startsWith('out/main/'))).toEqual([...loaded].sort())
    // Started as worker threads, for the comparison of documents and for search, never imported.
    expect(loaded).toContain('out/main/fingerprint-worker.js')
    expect(loaded).toContain('out/main/search-worker.js')
    expect(loaded).not.toContain('out/main/serve.js')
    expect(loaded).not.toContain('out/main/cli.js')
  })

  test('holds every package a shipped bundle imports, with its dependencies, and no other package', () => {
    const archive = linuxArchive()
    const files = archiveFiles(archive)
    const imports = files
      .filter((file) => /^out\/(main|preload)\/.*\.c?js$/.test(file))
      .flatMap((importer) =>
        moduleSpecifiers(readArchived(archive, importer))
          .filter((specifier) => !specifier.startsWith('.') && !isProvidedByElectron(specifier))
          .map((specifier) => ({ importer, specifier }))
      )
    const inArchive = new Set(files)
    const read = (path: string): string => readArchived(archive, path)
    expect(imports.filter(({ importer, specifier }) => resolveInArchive(inArchive, read, importer, specifier) === null)).toEqual([])
    const packages = archivedPackages(files)
    expect(packages).toEqual(installedClosure(root, [...new Set(imports.map(({ specifier }) => packageOf(specifier)))]))
    expect(packages.filter((name) => name in devDependencies)).toEqual([])
  })

  test('is the same archive in the macOS app', () => {
    expect(archiveFiles(join(macContents(), 'Resources', 'app.asar'))).toEqual(archiveFiles(linuxArchive()))
  })
})

/** Checks each fuse on a packaged binary against docs/fuses.md's release column. */
async function expectReleaseFuses(binary: string): Promise<void> {
  const known = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)))
  const rows = [...readFileSync(join(root, 'docs', 'fuses.md'), 'utf8').matchAll(/^\| `(\w+)` \| (on|off|leave as is) \|/gm)]
  expect(rows.map(([, name]) => name).sort()).toEqual([...known].sort())
  const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>
  const state = (index: number): string => String.fromCharCode(wire[index] ?? 0)
  for (const [, name, release] of rows) {
    const index = FuseV1Options[name as keyof typeof FuseV1Options]
    const expected = release === 'on' ? '1' : release === 'off' ? '0' : STOCK_FUSE_WIRE[index]
    expect(`${name}: ${state(index)}`).toBe(`${name}: ${expected}`)
  }
  // Fuses newer than @electron/fuses knows (WasmTrapHandlers, the ninth) keep Electron's defaults.
  for (let index = known.length; index < STOCK_FUSE_WIRE.length; index++) expect(state(index)).toBe(STOCK_FUSE_WIRE[index])
}

describe('Linux', () => {
  test('the executable is Electron renamed to the app, with the files beside it', () => {
    const { appOutDir } = packaged.linux
    expect(existsSync(join(appOutDir, 'parallax'))).toBe(true)
    expect(existsSync(join(appOutDir, 'electron'))).toBe(false)
    expect(existsSync(join(appOutDir, 'locales', 'en-US.pak'))).toBe(true)
    expect(existsSync(join(appOutDir, 'chrome-sandbox'))).toBe(true)
  })

  test("the executable's fuses are docs/fuses.md's release column", async () => {
    await expectReleaseFuses(join(packaged.linux.appOutDir, 'parallax'))
  })

  test('the desktop entry electron-builder writes into the deb and the AppImage handles parallax:// links', async () => {
    const { packager } = packaged.linux
    const entry = await linuxHelper().computeDesktopEntry(packager.platformSpecificBuildOptions)
    expect(entry).toMatch(/^MimeType=x-scheme-handler\/parallax;$/m)
    expect(entry).toMatch(/^Exec=\/opt\/Parallax\/parallax %U$/m)
    expect(entry).toMatch(/^StartupWMClass=parallax$/m)
    expect(entry).toMatch(/^Name=Parallax$/m)
  })

  test('the icon is a PNG at every size, rendered from build/icon.svg', async () => {
    const icons = await linuxHelper().icons
    expect(icons.map(({ size }) => size)).toEqual(LINUX_SIZES)
    for (const { file, size } of icons) expect(readFileSync(file).readUInt32BE(16)).toBe(size)
  })
})

describe('macOS', () => {
  test('Info.plist names the app, opens parallax:// links and carries the hash that asar integrity checks', async () => {
    const plist = await parsePlistFile<Record<string, unknown>>(join(macContents(), 'Info.plist'))
    expect(plist).toMatchObject({ CFBundleIdentifier: packaged.mac.packager.config.appId, CFBundleName: 'Parallax', CFBundleExecutable: 'Parallax' })
    expect(plist.CFBundleURLTypes).toEqual([expect.objectContaining({ CFBundleURLSchemes: ['parallax'] })])
    const headerHash = createHash('sha256').update(getRawHeader(join(macContents(), 'Resources', 'app.asar')).headerString).digest('hex')
    expect(plist.ElectronAsarIntegrity).toEqual({ 'Resources/app.asar': { algorithm: 'SHA256', hash: headerHash } })
  })

  test("the framework's fuses are docs/fuses.md's release column", async () => {
    await expectReleaseFuses(join(packaged.mac.appOutDir, 'Parallax.app'))
  })

  test('the icon is an .icns of every size, rendered from build/icon.svg', () => {
    const icns = readFileSync(join(macContents(), 'Resources', 'icon.icns'))
    const types: string[] = []
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) types.push(icns.toString('latin1', offset, offset + 4))
    expect(types.filter((type) => type !== 'TOC ').sort()).toEqual(Object.keys(ICNS_TYPES).sort())
  })
})

describe('Windows (configuration only: its Electron cannot be stood in for)', () => {
  test('the NSIS installer writes parallax:// into the registry and removes it on uninstall', () => {
    expect(packaged.linux.packager.config.nsis?.include).toBe('build/installer.nsh')
    const installer = readFileSync(join(root, 'build', 'installer.nsh'), 'utf8')
    expect(installer).toContain('WriteRegStr SHELL_CONTEXT "Software\\Classes\\parallax" "URL Protocol" ""')
    expect(installer).toContain('WriteRegStr SHELL_CONTEXT "Software\\Classes\\parallax\\shell\\open\\command" "" \'"$INSTDIR\\${APP_EXECUTABLE_FILENAME}" "%1"\'')
    expect(installer).toContain('DeleteRegKey SHELL_CONTEXT "Software\\Classes\\parallax"')
  })

  test('the icon is an .ico of every size, rendered from build/icon.svg', () => {
    const ico = readFileSync(packaged.linux.packager.config.win?.icon ?? '')
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256)
    expect(sizes.sort((a, b) => a - b)).toEqual(ICO_SIZES)
  })
})
