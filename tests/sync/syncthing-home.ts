import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'

/** Where one Syncthing keeps its keys, config and database, and the 127.0.0.1 ports it was given. */
export interface SyncthingHome {
  dir: string
  guiPort: number
  syncPort: number
  apiKey: string
}

/**
 * The options that keep a Syncthing on this machine and quiet: one TCP listener on 127.0.0.1, no discovery, relays,
 * NAT traversal, usage or crash reports, or upgrades. They are written into config.xml before the first start, since
 * with the defaults Syncthing would listen on every interface and call the public discovery and relay servers in the
 * moment before a REST call could turn that off; the test reads them back through the REST API.
 */
function lockedDownOptions(syncPort: number): Record<string, string> {
  return {
    listenAddress: `tcp://127.0.0.1:${syncPort}`,
    globalAnnounceEnabled: 'false',
    localAnnounceEnabled: 'false',
    relaysEnabled: 'false',
    natEnabled: 'false',
    urAccepted: '-1',
    autoUpgradeIntervalH: '0',
    crashReportingEnabled: 'false',
    startBrowser: 'false'
  }
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port.'))))
    })
  })
}

/** `syncthing generate` in `dir`, then the locked-down options put into its config.xml. */
export async function generateHome(dir: string): Promise<SyncthingHome> {
  execFileSync('syncthing', ['generate', `--home=${dir}`, '--no-default-folder'], { stdio: 'pipe' })
  const home = { dir, guiPort: await freePort(), syncPort: await freePort(), apiKey: randomBytes(24).toString('hex') }
  const configPath = join(dir, 'config.xml')
  let config = await readFile(configPath, 'utf8')
  for (const [key, value] of Object.entries(lockedDownOptions(home.syncPort))) {
    const element = new RegExp(`<${key}>[^<]*</${key}>`, 'g')
    const found = config.match(element)?.length ?? 0
    if (found !== 1) throw new Error(`config.xml from syncthing generate has ${found} <${key}> elements, not one.`)
    config = config.replace(element, `<${key}>${value}</${key}>`)
  }
  await writeFile(configPath, config)
  return home
}
