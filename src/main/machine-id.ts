import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { AppError } from '../shared/errors'

/** A machine id: a safe folder name, as it names this machine's folder in a data folder. */
const MACHINE_ID = /^[A-Za-z0-9_-]{1,64}$/

/**
 * Where this computer's machine id is kept: a per-user place that is never a data folder (the default data folder is
 * Electron's userData folder, which a sync tool may carry), so the id stays on this machine.
 */
export function machineIdFile(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'Parallax', 'machine-id')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Parallax Machine', 'machine-id')
  return join(env.XDG_STATE_HOME || join(homedir(), '.local', 'state'), 'parallax', 'machine-id')
}

/**
 * This computer's machine id: PARALLAX_MACHINE_ID when set (tests run two "machines" on one computer with it), else
 * the one kept in `machineIdFile`, made once (12 random hex digits) the first time it is asked for.
 */
export function machineId(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.PARALLAX_MACHINE_ID) return checked(env.PARALLAX_MACHINE_ID, 'PARALLAX_MACHINE_ID')
  const file = machineIdFile(env, platform)
  const kept = readKept(file)
  if (kept !== null) return checked(kept, file)
  mkdirSync(dirname(file), { recursive: true })
  try {
    writeFileSync(file, `${randomBytes(6).toString('hex')}\n`, { flag: 'wx' })
  } catch (error) {
    // Another Parallax starting this moment made it first: its id is the one.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return checked(readKept(file) ?? '', file)
}

function readKept(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').trim()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function checked(id: string, from: string): string {
  if (!MACHINE_ID.test(id)) throw new AppError('invalid-argument', `The machine id in ${from} must be 1 to 64 letters, digits, - or _, not "${id}".`)
  return id
}
