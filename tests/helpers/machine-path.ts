import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { machineFolder } from '../../src/main/store/machine-folder'

/** A path in this machine's folder of the data folder at `dataDir` (the tests' machine id is PARALLAX_MACHINE_ID). */
export function inMachineFolder(dataDir: string, ...parts: string[]): string {
  return join(machineFolder(dataDir).path, ...parts)
}

/** Writes `text` as this machine's file `name` in the data folder at `dataDir`, its folder made if need be. */
export async function writeInMachineFolder(dataDir: string, name: string, text: string): Promise<void> {
  await mkdir(inMachineFolder(dataDir), { recursive: true })
  await writeFile(inMachineFolder(dataDir, name), text)
}
