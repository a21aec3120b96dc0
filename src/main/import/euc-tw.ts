import iconv from 'iconv-lite'
import table from './euc-tw.json'

/** iconv-lite's codecs by canonical name, which it loads on first use; not part of its typings. */
type Codecs = { encodingExists(name: string): boolean; encodings: Record<string, unknown> }

/**
 * Teaches iconv-lite EUC-TW (CNS 11643 in EUC form, Taiwan's Unix encoding), which it lacks, as one of its own
 * double-byte codecs over a table of its own format, made from the GNU C library's converter by
 * scripts/euc-tw-table.mjs: planes 1 to 7, 59,920 characters.
 */
export function addEucTw(): void {
  const codecs = iconv as unknown as Codecs
  // Loads iconv-lite's own codecs first: loaded later, they would replace the one added here.
  codecs.encodingExists('utf8')
  codecs.encodings.euctw = { type: '_dbcs', table: () => table }
}
