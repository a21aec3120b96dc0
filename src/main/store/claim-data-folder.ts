import { lockDataFolder, type DataFolderLock } from './lock-file'
import { machineFolder, type MachineFolder } from './machine-folder'
import { moveIntoMachineFolder } from './machine-migration'
import { writeSyncIgnore } from './sync-ignore'

/**
 * What the desktop app and browser mode do before they open a data folder: take this machine's lock, move what an
 * older Parallax kept at the top of the folder into this machine's folder, and leave Syncthing a `.stignore`.
 */
export async function claimDataFolder(dataDir: string): Promise<{ lock: DataFolderLock; machine: MachineFolder }> {
  const machine = machineFolder(dataDir)
  const lock = await lockDataFolder(dataDir, { machine })
  try {
    await moveIntoMachineFolder(machine)
    await writeSyncIgnore(dataDir)
  } catch (error) {
    await lock.release()
    throw error
  }
  return { lock, machine }
}
