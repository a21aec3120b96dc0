import { z } from 'zod'
import { MAX_TAG_LENGTH, MAX_TAGS } from '../tags'
import { DOCUMENT_ID, HIGHLIGHT_ID } from './id-patterns'

/** The fields the calls and the push events are made of. */
export const documentId = z.string().regex(DOCUMENT_ID, 'Not a document id.')
export const highlightId = z.string().regex(HIGHLIGHT_ID, 'Not a highlight id.')
export const categoryId = z.string().regex(/^[a-z0-9-]{1,40}$/, 'Not a category id.')
export const offset = z.number().int('Offsets are whole numbers.').min(0, 'Offsets cannot be negative.').max(2 ** 31)
export const isoDate = z.iso.date({ message: 'Dates are written YYYY-MM-DD.' })
export const webUrl = z.url({ protocol: /^https?$/, message: 'Only http and https links can be stored.' }).max(2048)
export const noArgument = z.strictObject({})
/**
 * Bytes sent with a call: the page may hand over a Blob (a chosen or dropped file), which the transport sends as it is
 * (`body-codec.ts`); the back end receives a Uint8Array, which is what is checked.
 */
export const sentBytes = z.instanceof(Uint8Array) as unknown as z.ZodType<Uint8Array, Blob | Uint8Array>
export const tag = z.string().max(MAX_TAG_LENGTH, `A tag has at most ${MAX_TAG_LENGTH} characters.`)
export const tags = z.array(tag).max(MAX_TAGS, `At most ${MAX_TAGS} tags.`)
export const note = z.string().max(200_000, 'A note has at most 200,000 characters.')
/** An outlet's key or one of its aliases: a host, a registrable domain or a folded name. */
export const outletAlias = z.string().min(1, 'Name an outlet.').max(300, 'An outlet key has at most 300 characters.')
/** A data file's path inside the data folder, as data notices name it. */
export const dataFile = z.string().regex(/^(catalog\.json|machines\/[A-Za-z0-9_-]{1,64}\/(workspace|window-state)\.json|annotations\/d_[a-z0-9]{8,32}\.json)$/, 'Not a data file.')
