import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkoutRoot } from './checkout-root.mjs'

/** The electron package's folder: its install.js, the binary in dist/ and path.txt naming it once installed. */
export const electronDir = join(checkoutRoot, 'node_modules', 'electron')

/** The Electron executable if its binary has been installed, else null (npm install skips Electron's download step). */
export function electronBinary() {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist'), readFileSync(pathFile, 'utf8'))
  return existsSync(binary) ? binary : null
}
