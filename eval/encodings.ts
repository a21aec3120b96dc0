import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import chardet from 'chardet'
import jschardet from 'jschardet'
import type { Figure } from '../bench/measure'
import { readable, decodeWith } from '../src/main/import/legacy-encodings'
import { canonicalText } from '../src/shared/text'
import { emptyLibrary } from './corpus-library'
import { share } from './scores'

interface EncodingsTruth {
  files: Record<string, { encoding: string }>
}

/** A corpus of texts with their expected encodings (the chardet and uchardet test suites). */
export function isEncodings(truth: unknown): truth is EncodingsTruth {
  if (typeof truth !== 'object' || truth === null || !('files' in truth)) return false
  const first = Object.values(truth.files as object)[0] as unknown
  return typeof first === 'object' && first !== null && 'encoding' in first
}

/** The suites' names glibc's iconv spells otherwise. */
const GLIBC_NAMES: Record<string, string> = {
  'utf-8-sig': 'UTF-8',
  maccyrillic: 'MAC-CYRILLIC',
  'mac-cyrillic': 'MAC-CYRILLIC',
  // glibc's SHIFT_JIS reads 0x5C as ¥ (JIS X 0201); the suites, like browsers and Windows, read it as a backslash.
  shift_jis: 'CP932'
}

/**
 * The text the file holds, decoded in its expected encoding by a decoder other than Parallax's: glibc's iconv, which
 * knows every encoding of the suites (Node's TextDecoder reads windows-1252 as Latin-1, and iconv-lite lacks EUC-TW and
 * ISO-2022). Null when it refuses the bytes.
 */
function reference(bytes: Uint8Array, encoding: string): string | null {
  try {
    const name = GLIBC_NAMES[encoding.toLowerCase()] ?? encoding
    const text = execFileSync('iconv', ['-f', name, '-t', 'UTF-8'], { input: bytes, maxBuffer: 64 * 1024 * 1024, stdio: ['pipe', 'pipe', 'ignore'] }).toString('utf8')
    // glibc keeps a byte-order mark as U+FEFF; it is no part of the text.
    return text.replace(/^\ufeff/, '')
  } catch {
    return null
  }
}

/** A detector alone: its first guess, decoded (a name no decoder here knows decodes as nothing). */
function decodedByGuess(bytes: Uint8Array, guess: string | null | undefined): string | null {
  const name = guess && readable(guess.toLowerCase().replace(/-sig$/, ''))
  return name ? decodeWith(bytes, name) : null
}

/**
 * Imports each text on its own (file names repeat across folders) through the real services and counts those whose
 * text is exactly the reference decoding; beside it, the same count for jschardet and chardet alone on the whole file.
 */
export async function encodingFigures(folder: string, name: string): Promise<Figure[]> {
  const truth = JSON.parse(await readFile(join(folder, 'ground-truth.json'), 'utf8')) as EncodingsTruth
  const library = await emptyLibrary()
  const counts = { parallax: 0, jschardet: 0, chardet: 0, known: 0 }
  const misses: string[] = []
  try {
    for (const [path, { encoding }] of Object.entries(truth.files)) {
      const bytes = new Uint8Array(await readFile(join(folder, path)))
      const expected = reference(bytes, encoding)
      if (expected === null) {
        misses.push(`${path} (${encoding}: no reference decoder)`)
        continue
      }
      counts.known++
      const wanted = canonicalText(expected)
      const same = (text: string | null) => text !== null && canonicalText(text) === wanted
      if (same(decodedByGuess(bytes, jschardet.detect(bytes).encoding))) counts.jschardet++
      if (same(decodedByGuess(bytes, chardet.detect(bytes)))) counts.chardet++
      const report = await library.services.imports.importPaths([join(folder, path)])
      const doc = report.added[0] ?? report.duplicates[0]?.of
      const text = doc ? (await library.services.library.open(doc.id)).text : null
      if (same(text)) counts.parallax++
      else misses.push(`${path} (${encoding}${doc ? '' : `: ${report.rejected[0]?.message}`})`)
    }
  } finally {
    await library.dispose()
  }
  const total = Object.keys(truth.files).length
  if (misses.length > 0) console.log(`${name}: not exact: ${misses.join(', ')}`)
  const parallax = share(counts.parallax, total)
  const best = Math.max(counts.jschardet, counts.chardet)
  return [
    { figure: `${name}: texts decoded exactly`, value: parallax.text, target: '>= 0.98', met: parallax.value >= 0.98 },
    { figure: `${name}: jschardet alone`, value: share(counts.jschardet, total).text, target: 'peer', met: true },
    { figure: `${name}: chardet alone`, value: share(counts.chardet, total).text, target: 'peer', met: true },
    { figure: `${name}: Parallax against the best detector alone`, value: `${counts.parallax - best >= 0 ? '+' : ''}${counts.parallax - best}`, target: '>= 0', met: counts.parallax >= best }
  ]
}
