import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { generateHome, type SyncthingHome } from './syncthing-home'
import { SyncthingRest, type Completion, type Connections, type FolderStatus } from './syncthing-rest'

export type Peer = 'a' | 'b'

export const FOLDER_ID = 'parallax-library'

const QUIET_MS = 1_500
const POLL_MS = 150

interface PeerState {
  home: SyncthingHome
  folder: string
  rest: SyncthingRest
  deviceId: string
  process: ChildProcess | undefined
}

/**
 * Two Syncthings on 127.0.0.1 that share one folder, each with its own home under `root`: the harness for testing a
 * Parallax library kept on two machines. Every setting goes through the REST API except the network options, which
 * must hold from the first moment (see syncthing-home.ts).
 */
export class SyncthingPair {
  readonly #root: string
  readonly #peers: Record<Peer, PeerState>

  private constructor(root: string, peers: Record<Peer, PeerState>) {
    this.#root = root
    this.#peers = peers
  }

  /** Starts both Syncthings, introduces them to each other and shares `folders.a` on A with `folders.b` on B. */
  static async start(root: string, folders: Record<Peer, string>): Promise<SyncthingPair> {
    const peers = {} as Record<Peer, PeerState>
    for (const peer of ['a', 'b'] as const) {
      const home = await generateHome(join(root, `home-${peer}`))
      await mkdir(folders[peer], { recursive: true })
      peers[peer] = { home, folder: folders[peer], rest: new SyncthingRest(home.guiPort, home.apiKey), deviceId: '', process: undefined }
    }
    const pair = new SyncthingPair(root, peers)
    try {
      await Promise.all([pair.#launch('a'), pair.#launch('b')])
      for (const peer of ['a', 'b'] as const) {
        peers[peer].deviceId = (await peers[peer].rest.get<{ myID: string }>('/rest/system/status')).myID
      }
      for (const peer of ['a', 'b'] as const) await pair.#share(peer)
    } catch (error) {
      await pair.stop()
      throw error
    }
    return pair
  }

  rest(peer: Peer): SyncthingRest {
    return this.#peers[peer].rest
  }

  deviceId(peer: Peer): string {
    return this.#peers[peer].deviceId
  }

  folder(peer: Peer): string {
    return this.#peers[peer].folder
  }

  /** The ports a peer was given: REST/GUI and the sync protocol, both on 127.0.0.1. */
  ports(peer: Peer): { gui: number; sync: number } {
    return { gui: this.#peers[peer].home.guiPort, sync: this.#peers[peer].home.syncPort }
  }

  pid(peer: Peer): number | undefined {
    return this.#peers[peer].process?.pid
  }

  /** SIGKILL, as a machine that loses power: no index flushed, no temporary file cleaned. */
  async kill(peer: Peer): Promise<void> {
    const child = this.#peers[peer].process
    this.#peers[peer].process = undefined
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = once(child, 'exit')
    child.kill('SIGKILL')
    await exited
  }

  /** Starts a killed peer again on the same home, folder and ports. */
  async restart(peer: Peer): Promise<void> {
    await this.kill(peer)
    await this.#launch(peer)
  }

  /** Kills both and removes the root with their homes. */
  async stop(): Promise<void> {
    await Promise.all([this.kill('a'), this.kill('b')])
    await rm(this.#root, { recursive: true, force: true })
  }

  /**
   * Resolves when both sides have scanned, are connected, share the folder both ways (neither holds the other's offer
   * as pending), are idle, need nothing, see the other at 100 %, and agree on the folder's global state, and all of
   * that has held, unchanged, for a quiet window. Completion alone is not enough in Syncthing 1.19: a side reports
   * 100 % for a peer that never accepted the folder.
   */
  async waitInSync(timeoutMs = 60_000): Promise<void> {
    await Promise.all([this.scan('a'), this.scan('b')])
    const deadline = Date.now() + timeoutMs
    let stableSince = 0
    let last = ''
    for (;;) {
      const sides = await Promise.all([this.#syncState('a', 'b'), this.#syncState('b', 'a')])
      const state = JSON.stringify(sides)
      const settled = sides.every((side) => side.settled) && JSON.stringify(sides[0].global) === JSON.stringify(sides[1].global)
      if (!settled || state !== last) stableSince = settled ? Date.now() : 0
      last = state
      if (stableSince && Date.now() - stableSince >= QUIET_MS) return
      if (Date.now() > deadline) throw new Error(`Not in sync after ${timeoutMs} ms: ${state}\n${await this.#logTails()}`)
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
  }

  async #syncState(peer: Peer, other: Peer) {
    const rest = this.#peers[peer].rest
    const otherId = this.#peers[other].deviceId
    const status = await rest.get<FolderStatus>(`/rest/db/status?folder=${FOLDER_ID}`)
    const completion = await rest.get<Completion>(`/rest/db/completion?folder=${FOLDER_ID}&device=${otherId}`)
    const connected = (await rest.get<Connections>('/rest/system/connections')).connections[otherId]?.connected === true
    const pending = Object.keys(await rest.get<Record<string, unknown>>('/rest/cluster/pending/folders')).length
    const need = status.needTotalItems + completion.needItems + completion.needDeletes
    const settled = connected && pending === 0 && status.state === 'idle' && need === 0 && status.pullErrors === 0 && completion.completion === 100
    const global = { files: status.globalFiles, directories: status.globalDirectories, deleted: status.globalDeleted, bytes: status.globalBytes }
    return { peer, settled, connected, pending, state: status.state, sequence: status.sequence, global, need, pullErrors: status.pullErrors, otherCompletion: completion.completion }
  }

  /** A scan of the shared folder now, rather than when the watcher or the rescan interval gets to it; done when it answers. */
  async scan(peer: Peer): Promise<void> {
    await this.#peers[peer].rest.post(`/rest/db/scan?folder=${FOLDER_ID}`)
  }

  /** Caps what `peer` receives, in KiB/s (0 lifts it), on this loopback link too, which Syncthing counts as LAN. */
  async limitReceiving(peer: Peer, kibPerSecond: number): Promise<void> {
    await this.#peers[peer].rest.patch('/rest/config/options', { maxRecvKbps: kibPerSecond, limitBandwidthInLan: kibPerSecond > 0 })
  }

  async #launch(peer: Peer): Promise<void> {
    const { home } = this.#peers[peer]
    const args = ['serve', `--home=${home.dir}`, '--no-browser', '--no-restart', '--no-upgrade', '--no-default-folder', `--gui-address=http://127.0.0.1:${home.guiPort}`, `--gui-apikey=${home.apiKey}`]
    const log = createWriteStream(join(home.dir, 'syncthing.log'), { flags: 'a' })
    // Syncthing 1.19 starts a monitor that runs the real Syncthing as its child, even with --no-restart, and a SIGKILL
    // to the monitor leaves that child running. STMONITORED tells the process it is that child, so the pid is the one
    // that listens and holds the database.
    const env = { ...process.env, STMONITORED: 'yes', STNODEFAULTFOLDER: '1', STNOUPGRADE: '1', STNORESTART: '1' }
    const child = spawn('syncthing', args, { stdio: ['ignore', 'pipe', 'pipe'], env })
    child.stdout.pipe(log)
    child.stderr.pipe(log)
    this.#peers[peer].process = child
    await this.#peers[peer].rest.waitUntilUp(20_000)
  }

  /** Tells `peer` where the other one listens and shares the folder with it. */
  async #share(peer: Peer): Promise<void> {
    const other = this.#peers[peer === 'a' ? 'b' : 'a']
    const { rest, deviceId, folder } = this.#peers[peer]
    await rest.post('/rest/config/devices', { deviceID: other.deviceId, name: `peer-${peer === 'a' ? 'b' : 'a'}`, addresses: [`tcp://127.0.0.1:${other.home.syncPort}`] })
    await rest.post('/rest/config/folders', {
      id: FOLDER_ID,
      label: 'Parallax library',
      path: folder,
      type: 'sendreceive',
      rescanIntervalS: 30,
      fsWatcherEnabled: true,
      fsWatcherDelayS: 1,
      devices: [{ deviceID: deviceId }, { deviceID: other.deviceId }]
    })
  }

  async #logTails(): Promise<string> {
    const tails = await Promise.all(
      (['a', 'b'] as const).map(async (peer) => {
        const log = await readFile(join(this.#peers[peer].home.dir, 'syncthing.log'), 'utf8').catch(() => '')
        return `--- syncthing ${peer} ---\n${log.split('\n').slice(-15).join('\n')}`
      })
    )
    return tails.join('\n')
  }
}
