import type { OrphanReason } from './anchoring'
import type { ExportChoices } from './export/types'

export type { OrphanReason }

/** A document of the library as the catalog records it; its text lives in a file named by `textHash`. */
export interface DocumentMeta {
  id: string
  title: string
  /** The byline a saved page or a Word file names; null for texts, whose byline stays in the text. */
  author: string | null
  outlet: string | null
  /** ISO date, `YYYY-MM-DD`. */
  date: string | null
  url: string | null
  wordCount: number
  /** Tags on the document itself; highlights carry their own. */
  tags: string[]
  /** File name the text was imported from. */
  sourceName: string
  /** SHA-256 of the bytes as imported, before decoding. */
  sourceHash: string
  /** SHA-256 of the canonical text (NFC, LF line endings). */
  textHash: string
  /** How the imported bytes were read as text; null for a document added before Parallax recorded it. */
  encoding: DocumentEncoding | null
  addedAt: string
  updatedAt: string
}

/**
 * How bytes were read as text: by a byte-order mark, as valid UTF-8, as the file declares (an XML declaration or a
 * `<meta charset>`), by detection, by the fallback (Windows-1252), or as the user chose with Decode as.
 */
export type DecodeMethod = 'bom' | 'utf-8' | 'declared' | 'detected' | 'fallback' | 'chosen'

export interface DocumentEncoding {
  /** An id from the Decode as menu (`shared/encodings.ts`) where one names it, else the decoder's own name. */
  name: string
  method: DecodeMethod
}

/** Why a document cannot be opened: its text file is gone, or its bytes no longer hash to the name they are stored under. */
export type DocumentDamage = 'text-missing' | 'text-altered'

/** What the library list needs of a document: the catalog entry without its hashes and times, half the size. */
export type DocumentSummary = Pick<DocumentMeta, 'id' | 'title' | 'outlet' | 'date' | 'url' | 'wordCount' | 'tags' | 'sourceName'> & {
  /** Set when the document's text is missing or damaged; the document stays listed but cannot be opened. */
  damaged?: DocumentDamage
}

export interface OpenedDocument {
  meta: DocumentMeta
  /** The text, or its beginning (`textHead`) when only that was asked for. */
  text: string
  /** The whole text's length in UTF-16 units: longer than `text` when this is only its beginning. */
  length: number
}

/** The fields of a document's metadata that the user may edit. */
export interface MetadataPatch {
  title?: string
  author?: string | null
  outlet?: string | null
  date?: string | null
  url?: string | null
}

/**
 * An outlet the user has edited, as the catalog keeps it. `aliases` are the alias keys it claims (hosts such as
 * `thecaucus.blogs.nytimes.com`, registrable domains, folded names such as `new york times`); `key` is one of them.
 */
export interface OutletEntry {
  key: string
  name: string
  aliases: string[]
}

/** One way documents name an outlet: a host, or a name folded (`new york times`), with how it is written and how often. */
export interface OutletAlias {
  key: string
  /** The host, or the name as most documents print it. */
  label: string
  documents: number
}

/** An outlet of the library: the documents whose outlet or link names it, under one display name. */
export interface Outlet {
  /** Its registrable domain or folded name, or for an edited outlet the alias it is kept under. */
  key: string
  name: string
  /** Whether the user named, merged or split it; an unedited outlet follows the registrable domain. */
  edited: boolean
  aliases: OutletAlias[]
  documentIds: string[]
}

/** A highlight category: its meaning (the name) and its colour. Highlights store the id, so editing recolours them all. */
export interface Category {
  id: string
  name: string
  /** `#rrggbb`. */
  color: string
}

/** A highlight as stored: W3C Web Annotation selectors over the canonical text, offsets in code points. */
export interface Highlight {
  id: string
  documentId: string
  categoryId: string
  tags: string[]
  /** Markdown, shown as text. */
  note: string
  position: { start: number; end: number }
  quote: { exact: string; prefix: string; suffix: string }
  /** Set when re-anchoring could not place the highlight in an edited text; its selectors are then kept as they were. */
  orphan: OrphanReason | null
  createdAt: string
  updatedAt: string
}

/** A highlight as the reader uses it: where it lies in the current text in UTF-16 offsets, or null for an orphan. */
export type PlacedHighlight = Highlight & { range: { start: number; end: number } | null }

export interface DocumentAnnotations {
  documentId: string
  note: string
  highlights: PlacedHighlight[]
}

/** A tag list as it was before a rename or merge, so undo can put it back; `highlightId` null means the document's own tags. */
export interface TagChange {
  documentId: string
  highlightId: string | null
  tags: string[]
}

export interface TagCount {
  tag: string
  highlights: number
  documents: number
}

/** Why a file was not imported; `scanned` is a PDF of page images with no text to read. */
export type RejectionReason = 'binary' | 'empty' | 'too-large' | 'unreadable' | 'unsupported-type' | 'no-document' | 'scanned'

export interface Rejection {
  name: string
  reason: RejectionReason
  /** One sentence for the user. */
  message: string
}

/** The files an import of paths will read, folders walked, and the paths that could not be walked. */
export interface ImportListing {
  files: string[]
  rejected: Rejection[]
}

/** What one import did with every file it was given. */
export interface ImportReport {
  added: DocumentMeta[]
  duplicates: { name: string; of: DocumentMeta }[]
  rejected: Rejection[]
  /** Highlights taken in from W3C Web Annotation files, and how many of them found no place in their document. */
  highlights: { imported: number; orphaned: number }
}

/** An export, ready to save: Markdown, W3C Web Annotation JSON or CSV. */
export interface ExportFile {
  fileName: string
  mimeType: string
  content: string
}

export type ThemeChoice = 'system' | 'light' | 'dark'

export interface Settings {
  theme: ThemeChoice
  /** Files larger than this are not imported. */
  importLimitMb: number
  /** The Quotes view lists only the quotes more than one document carries. */
  quotesSharedOnly: boolean
  /** The export dialog's choices as the user last made them. */
  export: ExportChoices
}

export interface AppInfo {
  version: string
  dataDir: string
  transport: 'electron' | 'http'
}

/**
 * A data file that could not be read when Parallax came to it, and what was done: the damaged file is moved aside
 * (never overwritten or deleted) and replaced by the newest good backup, or by an empty file when there is none.
 */
export interface RecoveryNotice {
  kind: 'recovered'
  /** The file's path inside the data folder: `catalog.json`, `annotations/<document id>.json`, `workspace.json` or `window-state.json`. */
  file: string
  problem: 'not-json' | 'not-valid'
  /** Where the damaged file now is. */
  movedTo: string
  /** When the backup put in its place was taken (ISO time), or null when there was none and the file started empty. */
  restoredFrom: string | null
  /** One sentence for the user. */
  message: string
}

/** Another program (a sync tool, an editor) changed a data file while Parallax was running, and Parallax took its version in. */
export interface ReloadNotice {
  kind: 'reloaded'
  file: string
  message: string
}

/** Another program left a data file Parallax cannot read while it was running: that file was moved aside and Parallax's own version kept. */
export interface ConflictNotice {
  kind: 'conflict'
  file: string
  movedTo: string
  message: string
}

/**
 * A data file was found written by a newer Parallax: it is left as it is and edits that would change it are refused,
 * until the user chooses to use this Parallax's copy instead (the `useOwnCopy` call), which moves it to damaged/.
 */
export interface HeldNotice {
  kind: 'held'
  file: string
  message: string
}

/** What happened to the data files that the user should hear about; serializable, for the UI to show. */
export type DataNotice = RecoveryNotice | ReloadNotice | ConflictNotice | HeldNotice
