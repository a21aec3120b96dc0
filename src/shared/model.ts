/** A document of the library as the catalog records it; its text lives in a file named by `textHash`. */
export interface DocumentMeta {
  id: string
  title: string
  outlet: string | null
  /** ISO date, `YYYY-MM-DD`. */
  date: string | null
  url: string | null
  wordCount: number
  /** File name the text was imported from. */
  sourceName: string
  /** SHA-256 of the bytes as imported, before decoding. */
  sourceHash: string
  /** SHA-256 of the canonical text (NFC, LF line endings). */
  textHash: string
  addedAt: string
  updatedAt: string
}

export interface OpenedDocument {
  meta: DocumentMeta
  text: string
}

/** The fields of a document's metadata that the user may edit. */
export interface MetadataPatch {
  title?: string
  outlet?: string | null
  date?: string | null
  url?: string | null
}

export type ThemeChoice = 'system' | 'light' | 'dark'

export interface Settings {
  theme: ThemeChoice
}

export interface AppInfo {
  version: string
  dataDir: string
  transport: 'electron' | 'http'
}
