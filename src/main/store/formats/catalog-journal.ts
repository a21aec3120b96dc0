import { z } from 'zod'
import type { CatalogEdit } from '../catalog-edit'
import { categoriesSchema, documentSchema, outletsSchema, settingsSchema } from './catalog'

/** Each machine appends its catalog edits to `journal/<machine id>.jsonl`, a folder synced with the library. */
export const JOURNAL_FOLDER = 'journal'
export const JOURNAL_SUFFIX = '.jsonl'
/** The newest journal line format this Parallax reads. */
export const JOURNAL_VERSION = 1

const editSchema: z.ZodType<CatalogEdit> = z.object({
  documents: z.record(z.string(), documentSchema.nullable()).optional(),
  categories: categoriesSchema.optional(),
  outlets: outletsSchema.optional(),
  settings: settingsSchema.optional(),
  seeded: z.boolean().optional()
})

const lineSchema = z.object({ v: z.literal(JOURNAL_VERSION), clock: z.string().min(1), edit: editSchema })

/** One line of a journal: an edit and the clock it was made at. */
export interface JournalLine {
  clock: string
  edit: CatalogEdit
}

/** A journal line's text, with its newline. */
export function journalLineText({ clock, edit }: JournalLine): string {
  return `${JSON.stringify({ v: JOURNAL_VERSION, clock, edit })}\n`
}

/** What one line (without its newline) holds; its format when a newer Parallax wrote it; null when it is not a journal line. */
export function readJournalLine(text: string): JournalLine | { newer: number } | null {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return null
  }
  const version = typeof raw === 'object' && raw !== null ? (raw as { v?: unknown }).v : undefined
  if (typeof version === 'number' && version > JOURNAL_VERSION) return { newer: version }
  const parsed = lineSchema.safeParse(raw)
  return parsed.success ? { clock: parsed.data.clock, edit: parsed.data.edit } : null
}
