import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const electronDir = new URL('../node_modules/electron/', import.meta.url).pathname

/** The Electron executable if its binary has been installed, else null (npm 11 skips Electron's download step). */
export function electronBinary() {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist'), readFileSync(pathFile, 'utf8'))
  return existsSync(binary) ? binary : null
}

export const electronInstallScript = join(electronDir, 'install.js')
