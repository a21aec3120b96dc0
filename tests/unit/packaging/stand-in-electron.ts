import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/** What @electron/fuses looks for in the binary: this sentinel, then the wire's version, its length and one byte a fuse. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/**
 * Electron's stock wire, ASCII '1' on and '0' off: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect
 * on, asar integrity off, only-asar off, browser V8 snapshot off, file:// privileges on, WebAssembly trap handlers on.
 * Public accounts of Electron 43 and 44 binaries give these nine; no Electron 41 binary could be read here.
 */
export const STOCK_FUSE_WIRE = '101100011'

const FUSE_WIRE = Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, STOCK_FUSE_WIRE.length]), Buffer.from(STOCK_FUSE_WIRE)])

/** A shell script that only says what it is, carrying the fuse wire that electron-builder flips and the test reads back. */
async function writeStandInBinary(path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const script = ['#!/bin/sh', `# fuses: ${FUSE_WIRE.toString('latin1')}`, 'echo "A stand-in for Electron, for packaging tests." >&2', 'exit 1', '']
  await writeFile(path, Buffer.from(script.join('\n'), 'latin1'))
  await chmod(path, 0o755)
}

async function writePlaceholders(dir: string, names: readonly string[]): Promise<void> {
  await Promise.all(names.map(async (name) => {
    await mkdir(dirname(join(dir, name)), { recursive: true })
    await writeFile(join(dir, name), 'stand-in')
  }))
}

/**
 * A folder laid out like an unpacked linux-x64 Electron, for electron-builder's electronDist, since the real one is a
 * download this machine cannot make. electron-builder copies it whole and renames `electron` to the app's name.
 */
export async function makeStandInLinuxElectron(dir: string): Promise<string> {
  await writeStandInBinary(join(dir, 'electron'))
  await mkdir(join(dir, 'resources'), { recursive: true })
  await writePlaceholders(dir, ['chrome-sandbox', 'chrome_crashpad_handler', 'libffmpeg.so', 'resources.pak', 'icudtl.dat', 'v8_context_snapshot.bin', 'locales/en-US.pak', 'LICENSE', 'version'])
  return dir
}

function infoPlist(identifier: string, executable: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
<key>CFBundleExecutable</key><string>${executable}</string>
<key>CFBundleIdentifier</key><string>${identifier}</string>
<key>CFBundleIconFile</key><string>electron.icns</string>
</dict></plist>
`
}

const MAC_HELPERS = ['Electron Helper', 'Electron Helper (GPU)', 'Electron Helper (Plugin)', 'Electron Helper (Renderer)']

/**
 * A folder holding an Electron.app laid out as Electron's darwin-x64 zip has it, as far as electron-builder reads it:
 * the Info.plist files it rewrites, the executables it renames, and the framework binary whose fuses it flips.
 */
export async function makeStandInMacElectron(dir: string): Promise<string> {
  const contents = join(dir, 'Electron.app', 'Contents')
  await mkdir(join(contents, 'Resources'), { recursive: true })
  await writeFile(join(contents, 'Info.plist'), infoPlist('com.github.Electron', 'Electron'))
  await writeStandInBinary(join(contents, 'MacOS', 'Electron'))
  await writeStandInBinary(join(contents, 'Frameworks', 'Electron Framework.framework', 'Electron Framework'))
  await writePlaceholders(contents, ['Resources/electron.icns'])
  for (const helper of MAC_HELPERS) {
    const helperContents = join(contents, 'Frameworks', `${helper}.app`, 'Contents')
    await mkdir(helperContents, { recursive: true })
    await writeFile(join(helperContents, 'Info.plist'), infoPlist('com.github.Electron.helper', helper))
    await writeStandInBinary(join(helperContents, 'MacOS', helper))
  }
  return dir
}
