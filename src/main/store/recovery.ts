import { access, mkdir, rename } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { RecoveryNotice } from '../../shared/model'
import { syncFolder } from './atomic-write'
import { folderNameOf } from './backup-rotation'
import { DAMAGED_FOLDER, type MachineFolder } from './machine-folder'

/**
 * Moves the data file at `relative` into this machine's `damaged/`, named after the time and its path, under a name no file
 * there has yet: a damaged file is evidence, never overwritten or deleted. Returns where it went.
 */
export async function moveAside(machine: MachineFolder, relative: string, now: Date): Promise<string> {
  const folder = join(machine.path, DAMAGED_FOLDER)
  await mkdir(folder, { recursive: true })
  const base = `${folderNameOf(now)}-${relative.replaceAll('/', '-')}`
  let target = join(folder, base)
  for (let n = 2; await exists(target); n++) target = join(folder, base.replace(/(\.[^.]*)?$/, `-${n}$1`))
  const source = join(machine.dataDir, relative)
  await rename(source, target)
  await Promise.all([syncFolder(folder), syncFolder(dirname(source))])
  return target
}

/** The notice for a damaged file moved to `movedTo` and replaced by the backup taken at `restoredFrom`, or by an empty file. */
export function recoveryNotice(
  file: string,
  label: string,
  problem: RecoveryNotice['problem'],
  movedTo: string,
  restoredFrom: Date | null
): RecoveryNotice {
  const what = problem === 'not-json' ? 'is not valid JSON' : 'is not in a form Parallax can read'
  const message = restoredFrom
    ? `${label} ${what}, so Parallax moved it to ${movedTo} and restored the backup taken ${readableTime(restoredFrom)}.`
    : `${label} ${what} and has no good backup, so Parallax moved it to ${movedTo} and started an empty one.`
  return { kind: 'recovered', file, problem, movedTo, restoredFrom: restoredFrom?.toISOString() ?? null, message }
}

function readableTime(time: Date): string {
  return `${time.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false
  )
}
