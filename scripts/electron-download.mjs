import { execSync, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { electronBinary, electronDir } from './electron-binary.mjs'

// Bounds on each step of the request, not on the whole download: an unreachable or silent host fails in seconds
// (a name that does not resolve fails at once), while a slow but steady connection may take as long as it needs.
const DOWNLOAD_TIMEOUTS_MS = { lookup: 15_000, connect: 15_000, secureConnect: 15_000, socket: 60_000 }

/** The platform and architecture Electron's install.js downloads for (Rosetta included), so it finds our zip in the cache. */
function installTarget() {
  const platform = process.env.npm_config_platform || process.platform
  const arch = process.env.npm_config_arch || process.arch
  const maybeRosetta = platform === 'darwin' && process.platform === 'darwin' && arch === 'x64' && process.env.npm_config_arch === undefined
  return { platform, arch: maybeRosetta && runsUnderRosetta() ? 'arm64' : arch }
}

function runsUnderRosetta() {
  try {
    return execSync('sysctl -in sysctl.proc_translated', { encoding: 'utf8' }).trim() === '1'
  } catch {
    return false
  }
}

function megabytes(bytes) {
  return `${(bytes / 1_000_000).toFixed(0)} MB`
}

/** Shows the download's progress: one updating line on a terminal, a line at each quarter (or each 25 MB) otherwise. */
function progressLine(out) {
  let shown = null
  return {
    update({ percent, transferred, total }) {
      if (!total && !transferred) return
      const text = total ? `${Math.floor(percent * 100)}% of ${megabytes(total)}` : megabytes(transferred)
      const step = out.isTTY ? text : total ? Math.floor(percent * 4) : Math.floor(transferred / 25_000_000)
      if (step === shown) return
      shown = step
      out.write(out.isTTY ? `\rDownloading Electron: ${text}` : `Downloading Electron: ${text}\n`)
    },
    end() {
      if (out.isTTY && shown !== null) out.write('\n')
    }
  }
}

/** The first line of what a failed step printed or threw, without "Error: " or a final period. */
function firstLine(text) {
  return text.trim().split('\n')[0].replace(/^\w*Error: /, '').replace(/\.$/, '')
}

/** Downloads Electron's zip into @electron/get's cache with the options Electron's install.js uses, showing progress. */
async function downloadIntoCache() {
  // Resolved from Electron's folder, as its install.js resolves them, so both use the same @electron/get and cache.
  const requireFromElectron = createRequire(join(electronDir, 'install.js'))
  const { version } = requireFromElectron('./package.json')
  // @electron/get draws its own progress bar after 30 s on a terminal unless this is set, even when quiet.
  process.env.ELECTRON_GET_NO_PROGRESS = '1'
  console.log(`Downloading Electron ${version} for the desktop app (once, about 100 MB)…`)
  const progress = progressLine(process.stdout)
  try {
    await requireFromElectron('@electron/get').downloadArtifact({
      version,
      artifactName: 'electron',
      cacheRoot: process.env.electron_config_cache,
      checksums:
        process.env.electron_use_remote_checksums || process.env.npm_config_electron_use_remote_checksums
          ? undefined
          : requireFromElectron('./checksums.json'),
      ...installTarget(),
      downloadOptions: { quiet: true, getProgressCallback: (report) => progress.update(report), timeout: DOWNLOAD_TIMEOUTS_MS }
    })
  } finally {
    progress.end()
  }
}

/**
 * Downloads Electron's binary, showing its progress, then runs Electron's own install.js, which finds the zip in the
 * cache and only unpacks it. Throws an Error whose message is one plain sentence.
 */
export async function downloadElectron() {
  try {
    await downloadIntoCache()
  } catch (error) {
    const reason = firstLine(error instanceof Error ? error.message : String(error))
    throw new Error(`Electron could not be downloaded (${reason})`, { cause: error })
  }
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    timeout: 10 * 60_000
  })
  if (install.status !== 0) {
    const reason = firstLine(install.stderr || install.error?.message || `exit code ${install.status}`)
    throw new Error(`Electron was downloaded but could not be unpacked (${reason})`)
  }
  if (!electronBinary()) throw new Error(`Electron was unpacked but its program is not where ${join(electronDir, 'path.txt')} says`)
}
