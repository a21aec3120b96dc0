import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import { HybridClock } from '../../shared/hybrid-clock'
import { ensureDataFolder } from '../data-dir'
import { removeStaleTempFiles } from './atomic-write'
import { applyEdit, putBack, type CatalogEdit, type Replaced } from './catalog-edit'
import { openJournalFile, readJournals, journalFile, type JournalAppender, type JournalRecord } from './catalog-journal'
import { CATALOG_FILE, CATALOG_VERSION, catalogFormat, type CatalogData } from './formats/catalog'
import { JOURNAL_FOLDER, JOURNAL_VERSION, journalLineText } from './formats/catalog-journal'
import { dataFolder } from './data-folder'
import { heldError } from './held-files'
import { JsonDatabase, type DataFolder } from './json-database'
import { moveAside } from './recovery'

export type { CatalogData, CatalogEdit }

export interface CatalogStoreOptions {
  /** How long edits must pause before the journal is folded into catalog.json. */
  idleMs?: number
  /** Opens this machine's journal for appending; a test passes one whose appends fail. */
  openJournal?: (path: string, goodBytes: number) => Promise<JournalAppender>
}

/** Edits pause this long before the journal is folded into catalog.json. */
const IDLE_MS = 2000
/** This machine's journal is folded into catalog.json once it holds this many records, busy or not. */
const FOLD_AFTER = 1000

/** An edit applied in memory whose line is not on disk yet. */
interface Unwritten {
  record: JournalRecord
  line: string
  /** What it replaced in memory: what a failed append puts back. */
  replaced: Replaced
  failed: { error: unknown } | null
}

/**
 * The small catalog of the library: document metadata and settings. It is the one owner of catalog.json and of the
 * journal: each edit is acknowledged once its line is appended to this machine's `journal/<machine id>.jsonl` and
 * fsynced, and the journal is folded into catalog.json (the database of record) once edits pause, never in their way.
 * catalog.json says up to which record of each machine's journal it holds; whatever is newer is applied on top each
 * time catalog.json is read, from this machine's journal and from those a sync tool brought from others.
 */
export class CatalogStore {
  readonly #database: JsonDatabase<CatalogData>
  readonly #clock: HybridClock
  readonly #journal: JournalAppender
  readonly #idleMs: number
  /**
   * Every machine's records read at open or made since, in clock order, edits in flight included. Those folded into
   * catalog.json are kept too (their documents are the very objects the catalog holds): a catalog.json another program
   * wrote from an older copy says so by its older clocks, and gets them again.
   */
  readonly #records: JournalRecord[]
  /** Edits applied in memory whose lines no append has taken yet, oldest first. */
  #unwritten: Unwritten[] = []
  /** Edits applied in memory whose lines are not on disk yet, by record. */
  readonly #inFlight = new Map<JournalRecord, Unwritten>()
  /** Appends and the journal's rewrites after a fold, one at a time. */
  #queue: Promise<unknown> = Promise.resolve()
  /** The records in this machine's journal file. */
  #ownRecords: number
  #folding: Promise<void> | null = null
  #idle: ReturnType<typeof setTimeout> | undefined
  /** True when this start found no catalog and made a new one. */
  readonly created: boolean

  private constructor(database: JsonDatabase<CatalogData>, folder: DataFolder, records: JournalRecord[], journal: JournalAppender, ownRecords: number, idleMs: number) {
    this.#database = database
    this.#records = records
    this.#journal = journal
    this.#ownRecords = ownRecords
    this.#idleMs = idleMs
    this.created = database.created
    this.#clock = new HybridClock(folder.machine.id, () => folder.now().getTime())
    for (const record of records) this.#clock.receive(record.clock)
    for (const clock of Object.values(database.data.journal)) this.#clock.receive(clock)
  }

  /**
   * Opens the catalog, making one in an empty folder, and applies the journals' records it does not hold yet. A catalog
   * that is not JSON or not in a readable form is moved to damaged/ and replaced by its newest good backup (or an empty
   * catalog); one from a newer Parallax, or a journal line from one, is refused, and left as it is. A last journal line
   * a crash cut short is cut off; this machine's journal with a line that cannot be read in the middle is folded into
   * catalog.json, good lines and all, and moved to damaged/.
   */
  static async open(dataDir: string, folder: DataFolder = dataFolder(dataDir), options: CatalogStoreOptions = {}): Promise<CatalogStore> {
    await ensureDataFolder(dataDir)
    await Promise.all([removeStaleTempFiles(dataDir), removeStaleTempFiles(join(dataDir, JOURNAL_FOLDER))])
    const journals = await readJournals(dataDir)
    const newer = Math.max(0, ...journals.map((read) => read.newer ?? 0))
    if (newer > 0) throw newerError(dataDir, `journal format ${newer}`, JOURNAL_VERSION)
    const records = journals.flatMap((read) => read.records).sort(byClock)
    let replayOnto = (data: CatalogData) => replay(data, records)
    const database = await JsonDatabase.open(folder, CATALOG_FILE, catalogFormat, { replay: (data) => replayOnto(data) })
    if (database.held !== null) throw newerError(dataDir, `format ${database.held}`, CATALOG_VERSION)
    const own = journals.find((read) => read.machine === folder.machine.id)
    if (own?.damaged) await foldDamaged(database, folder, records, own.relative)
    else if (database.created) await database.write()
    const path = join(dataDir, journalFile(folder.machine.id))
    const goodBytes = own && !own.damaged ? own.goodBytes : 0
    const journal = await (options.openJournal ?? openJournalFile)(path, goodBytes)
    const ownRecords = own && !own.damaged ? own.records.length : 0
    const store = new CatalogStore(database, folder, records, journal, ownRecords, options.idleMs ?? IDLE_MS)
    replayOnto = (data) => store.#replayOnto(data)
    return store
  }

  get data(): Readonly<CatalogData> {
    return this.#database.data
  }

  /**
   * Applies `edit` in memory and resolves once its journal line is on disk. When the append fails, what it replaced is
   * put back and the error is thrown as it came. While catalog.json is held (a newer Parallax wrote it), it is refused.
   */
  async apply(edit: CatalogEdit): Promise<void> {
    // The file may have been put back to one this Parallax reads since.
    if (this.#database.held !== null) await this.#database.refresh()
    if (this.#database.held !== null) throw heldError(catalogFormat.label(CATALOG_FILE))
    // A fold writes what memory holds: an edit waits for it, so that no catalog.json holds an edit whose line may fail.
    while (this.#folding) await this.#folding.catch(() => undefined)
    const clock = this.#clock.tick()
    const record: JournalRecord = { machine: this.#clock.machine, clock, edit }
    const unwritten: Unwritten = { record, line: journalLineText({ clock, edit }), replaced: applyEdit(this.#database.data, edit), failed: null }
    this.#records.push(record)
    this.#unwritten.push(unwritten)
    this.#inFlight.set(record, unwritten)
    this.#foldWhenIdle()
    await this.#serially(() => this.#appendUnwritten())
    if (unwritten.failed) throw unwritten.failed.error
    if (this.#ownRecords >= FOLD_AFTER) void this.compact().catch(() => undefined)
  }

  /** Takes in a change another program made to catalog.json; resolves true when there was one. */
  refresh(): Promise<boolean> {
    return this.#database.refresh()
  }

  /**
   * Writes catalog.json from memory, saying up to which record of each journal it holds, then drops this machine's
   * records it holds from its journal. It takes its turn after the appends under way, so every edit in memory is on
   * disk, and edits made meanwhile wait for it: what it writes holds no edit that could still be refused.
   */
  compact(): Promise<void> {
    this.#folding ??= this.#serially(() => this.#fold()).finally(() => (this.#folding = null))
    return this.#folding
  }

  /** Folds the journal into catalog.json and closes the journal. A fold that fails leaves the journal as it is, holding every edit. */
  async close(): Promise<void> {
    clearTimeout(this.#idle)
    // A fold under way may not hold the edits waiting for it: they are folded by the next one.
    await this.#folding?.catch(() => undefined)
    await this.compact().catch(() => undefined)
    await this.#journal.close()
  }

  async #fold(): Promise<void> {
    const data = this.#database.data
    const marks = watermarks(this.#records.filter((record) => record.clock > (data.journal[record.machine] ?? '')))
    if (Object.keys(marks).length === 0 || this.#database.held !== null) return
    data.journal = { ...data.journal, ...marks }
    await this.#database.write()
    await this.#dropFolded(marks[this.#clock.machine])
  }

  /** Once catalog.json holding this machine's records up to `mark` is on disk, empties its journal of them. */
  async #dropFolded(mark: string | undefined): Promise<void> {
    const onDisk = this.#database.data.journal[this.#clock.machine]
    if (mark === undefined || onDisk === undefined) return
    const upTo = mark < onDisk ? mark : onDisk
    const own = this.#records.filter((record) => record.machine === this.#clock.machine && record.clock > upTo)
    await this.#journal.rewrite(own.map(journalLineText).join(''))
    this.#ownRecords = own.length
  }

  /**
   * Appends the lines of every edit not yet taken by an append, with one fsync; puts back in memory what a failed one
   * replaced. A change another program made to catalog.json is taken in first, the edits applied again on top; one that
   * a newer Parallax wrote is held, and the edits refused.
   */
  async #appendUnwritten(): Promise<void> {
    if (this.#unwritten.length === 0) return
    await this.#database.refresh().catch(() => false)
    const batch = this.#unwritten.splice(0)
    try {
      if (this.#database.held !== null) throw heldError(catalogFormat.label(CATALOG_FILE))
      await this.#journal.append(batch.map(({ line }) => line).join(''))
    } catch (error) {
      for (const unwritten of batch.toReversed()) this.#undo(unwritten, error)
      return
    }
    for (const { record } of batch) this.#inFlight.delete(record)
    this.#ownRecords += batch.length
  }

  /** Takes back an edit whose line could not be written: each value it replaced goes back, or to the next edit of that key still on its way. */
  #undo(unwritten: Unwritten, error: unknown): void {
    unwritten.failed = { error }
    this.#inFlight.delete(unwritten.record)
    this.#records.splice(this.#records.indexOf(unwritten.record), 1)
    for (const [key, value] of unwritten.replaced) {
      const later = this.#unwritten.find((next) => next.replaced.has(key))
      if (later) later.replaced.set(key, value)
      else putBack(this.#database.data, key, value)
    }
  }

  #serially(step: () => Promise<void>): Promise<void> {
    const run = this.#queue.then(step)
    this.#queue = run.catch(() => undefined)
    return run
  }

  #foldWhenIdle(): void {
    clearTimeout(this.#idle)
    this.#idle = setTimeout(() => void this.compact().catch(() => undefined), this.#idleMs)
    this.#idle.unref()
  }

  /** The replay hook of catalog.json: applies on `data` the records newer than it holds, edits in flight among them. */
  #replayOnto(data: CatalogData): void {
    replay(data, this.#records, (record, replaced) => {
      const unwritten = this.#inFlight.get(record)
      if (unwritten) unwritten.replaced = replaced
    })
  }
}

/** Applies on `data` every record newer than what it holds of its machine's journal, in clock order. */
function replay(data: CatalogData, records: JournalRecord[], replayed?: (record: JournalRecord, replaced: Replaced) => void): void {
  for (const record of records) {
    if (record.clock <= (data.journal[record.machine] ?? '')) continue
    const replaced = applyEdit(data, record.edit)
    replayed?.(record, replaced)
  }
}

/** The clock of the last of `records` (in clock order) of each machine. */
function watermarks(records: JournalRecord[]): Record<string, string> {
  return Object.fromEntries(records.map((record) => [record.machine, record.clock]))
}

function byClock(a: JournalRecord, b: JournalRecord): number {
  return a.clock < b.clock ? -1 : a.clock > b.clock ? 1 : 0
}

/**
 * Folds this machine's damaged journal, whose good lines are applied in memory, into catalog.json, then moves it to
 * damaged/ with a notice: nothing it holds that can be read is lost.
 */
async function foldDamaged(database: JsonDatabase<CatalogData>, folder: DataFolder, records: JournalRecord[], relative: string): Promise<void> {
  const data = database.data
  data.journal = { ...data.journal, ...watermarks(records) }
  await database.write()
  const movedTo = await moveAside(folder.machine, relative, folder.now())
  const message = `This computer’s journal of library catalog edits has a line Parallax cannot read, so Parallax kept every edit it could read in the catalog and moved the journal to ${movedTo}.`
  folder.notices.add({ kind: 'recovered', file: relative, problem: 'not-valid', movedTo, restoredFrom: null, message })
}

function newerError(dataDir: string, found: string, readsUpTo: number): AppError {
  return new AppError(
    'conflict',
    `The library in ${dataDir} was written by a newer version of Parallax (${found}; this one reads up to ${readsUpTo}), so this one will not open it, to leave it unchanged. Open it with the newer Parallax, or choose another folder with --data-dir.`
  )
}
