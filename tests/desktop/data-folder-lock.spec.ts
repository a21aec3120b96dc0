import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { test, expect, libraryWindow } from './fixtures'
import { inMachineFolder } from '../helpers/machine-path'

const ROOT = resolve(import.meta.dirname, '..', '..')

/** Another Parallax holding `dataDir` (tests/helpers/lock-holder-process.ts), its clock `offsetDays` off, once it holds it. */
async function otherParallax(dataDir: string, offsetDays: number) {
  const script = join(ROOT, 'tests', 'helpers', 'lock-holder-process.ts')
  const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir, '2000', String(offsetDays)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
  await once(child.stdout, 'data')
  return child
}

test('while another Parallax holds the data folder, even with its clock ten years behind, the desktop app says so and ends', async ({ shellKind, launchAgain, dataDir }) => {
  test.skip(shellKind === 'electron', 'real Electron shows the error box as a dialog that waits for a click')
  const other = await otherParallax(dataDir, -3650)
  try {
    const held = await readFile(inMachineFolder(dataDir, 'parallax.lock'), 'utf8')
    const desktop = await launchAgain(['--data-dir', dataDir])
    expect(desktop.code).toBe(1)
    expect(desktop.output).toContain(
      `[error box] Parallax cannot open its data folder: This data folder is in use by another Parallax (process ${other.pid}). Close it, or choose another folder with --data-dir.`
    )
    expect(JSON.parse(await readFile(inMachineFolder(dataDir, 'parallax.lock'), 'utf8')).instance).toBe(JSON.parse(held).instance)
  } finally {
    other.kill()
  }
})

test('the desktop app opens a data folder whose Parallax was killed with -9', async ({ launchDesktop, dataDir }) => {
  const other = await otherParallax(dataDir, 0)
  other.kill('SIGKILL')
  await once(other, 'exit')
  const desktop = await launchDesktop()
  await libraryWindow(desktop)
  const lock = JSON.parse(await readFile(inMachineFolder(dataDir, 'parallax.lock'), 'utf8')) as { pid: number }
  expect(lock.pid).not.toBe(other.pid)
})
