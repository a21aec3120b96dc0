import chardet from 'chardet'
import iconv from 'iconv-lite'
import jschardet from 'jschardet'
import { ENCODINGS } from '../../shared/encodings'
import { AppError } from '../../shared/errors'
import type { Decoded } from './decode'
import { declaredEncoding } from './declared-encoding'
import { iso2022Of, type Iso2022 } from './iso-2022'
import { decodeIso2022 } from './iso-2022-decode'
import { addEucTw } from './euc-tw'

addEucTw()

/** Detection reads this much: enough for a confident guess, cheap on a 50 MB file. */
const DETECT_BYTES = 64 * 1024

/**
 * jschardet 4's own floor for a usable guess (its MINIMUM_THRESHOLD). A paragraph of Russian scores about 0.7; short
 * Latin texts in Windows-1252 score below it and land on the fallback, which suits them.
 */
const MIN_CONFIDENCE = 0.2
/** jschardet scores related single-byte encodings alike (ISO-8859-7 and Windows-1253 both 0.70): within this, a tie. */
const TIE = 0.02
/**
 * chardet (a port of ICU's detector) scores a multi-byte CJK encoding on whether every character is a valid and common
 * one: 100 on real Chinese, Japanese and Korean text, where jschardet can fall below its floor (0.03 on a GB2312 news
 * feed, 0.02 on Big5 prose). On the 83 texts of the chardet and uchardet test suites no other text scored a CJK
 * encoding above 10 as its first guess.
 */
const CJK_CONFIDENCE = 50
/**
 * chardet's score for a CJK guess it is sure of. It does not know EUC-TW, and calls it GB18030, less than sure (91 and 65
 * on the two EUC-TW texts of those suites; 100 on every real GB18030, Big5, EUC-JP, EUC-KR and Shift JIS text there).
 */
const CJK_SURE = 100
/** chardet's score on an EUC-TW reading written as Big5 above which that reading is real Chinese (100 on both texts). */
const BIG5_SURE = 90
/** chardet's score above which its guess is weighed against Windows-1252 when jschardet is unsure (68 on Vietnamese prose). */
const CHARDET_CONFIDENCE = 50
const CJK = new Set(['shiftjis', 'eucjp', 'gb18030', 'big5', 'euckr'])

/**
 * Names detectors and declarations give, as iconv-lite reads them. ASCII and Latin-1 are read as their superset, as
 * browsers do, so 0x80-0x9F become quotes and dashes rather than C1 controls; GB2312 and GBK as GB18030, their
 * superset (as the Encoding Standard does); Mac Cyrillic as the 1998 Mac OS table (Ґ at 0xA2), which iconv-lite calls
 * macukraine, while its maccyrillic is the older table.
 */
const READ_AS: Record<string, string> = {
  ascii: 'windows-1252',
  iso88591: 'windows-1252',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  maccyrillic: 'macukraine',
  xmaccyrillic: 'macukraine'
}
/**
 * Encodings no detector here knows, tried beside the one they are mistaken for: Vietnamese is written in VISCII as
 * often as in Windows-1258, and jschardet and chardet both name Windows-1258 for either.
 */
const UNSEEN: Record<string, string[]> = { cp1258: ['viscii'], 'windows-1258': ['viscii'] }
/** A UTF-8 guess cannot be right once strict UTF-8 has failed (the bad byte may lie past the 64 KB sample). */
const UNTRUSTED = new Set(['utf8', 'utf8sig'])
const ISO_2022 = new Set<string>(['iso-2022-jp', 'iso-2022-kr'])

/**
 * Bytes that are not Unicode, in this order: ISO-2022 by its escapes; the encoding they declare (an XML declaration
 * or `<meta charset>`); a CJK encoding chardet is sure of; jschardet's guess when confident, a near tie settled by
 * which reading gives letters; else
 * Windows-1252, which maps every byte and is what most legacy text is.
 */
export function decodeLegacy(bytes: Uint8Array): Decoded {
  const iso2022 = iso2022Of(bytes)
  if (iso2022) return { text: decodeIso2022(bytes, iso2022), encoding: iso2022, method: 'detected' }
  const declared = readable(declaredEncoding(bytes))
  if (declared) return { text: decodeWith(bytes, declared), encoding: encodingId(declared), method: 'declared' }
  const detected = detectedEncoding(bytes.subarray(0, DETECT_BYTES))
  if (detected) return { text: decodeWith(bytes, detected), encoding: encodingId(detected), method: 'detected' }
  return { text: decodeWith(bytes, 'windows-1252'), encoding: 'windows-1252', method: 'fallback' }
}

/** The Decode as menu's id for an encoding `readable` gave (iconv-lite's macukraine is the menu's x-mac-cyrillic). */
export function encodingId(read: string): string {
  return MENU_IDS.get(read) ?? read
}

/** Decodes with an encoding the user chose (re-decode a document); a BOM of that encoding is dropped. */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
  const name = readable(encoding)
  if (!name) throw new AppError('invalid-argument', `The text encoding "${encoding}" is not supported.`)
  return decodeWith(bytes, name)
}

/** Decodes in an encoding `readable` gave; iconv-lite drops a leading BOM of a Unicode encoding. */
export function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (ISO_2022.has(encoding)) return decodeIso2022(bytes, encoding as Iso2022)
  if (encoding === 'windows-1252') return decodeWindows1252(bytes)
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding)
}

/** A detector's or a declaration's name for an encoding, as `decodeWith` takes it; null for one nothing here decodes. */
export function readable(name: string | null): string | null {
  if (!name) return null
  const lower = name.toLowerCase()
  if (ISO_2022.has(lower)) return lower
  const read = READ_AS[key(lower)] ?? lower
  return iconv.encodingExists(read) ? read : null
}

/**
 * The detectors' guess for bytes that are neither Unicode nor declared, or null when neither is confident: a CJK
 * encoding chardet is sure of; else jschardet's guess, a near tie settled by which reading breaks fewer words; else,
 * when jschardet is unsure, chardet's guess if it is fairly sure and reads better than Windows-1252.
 */
function detectedEncoding(sample: Uint8Array): string | null {
  const top = chardet.analyse(sample)[0]
  if (top && top.confidence >= CJK_CONFIDENCE && CJK.has(key(top.name))) return top.confidence < CJK_SURE && readsAsEucTw(sample) ? 'euc-tw' : readable(top.name)
  const guesses = jschardet
    .detectAll(sample)
    .flatMap(({ encoding, confidence }) => (encoding && !UNTRUSTED.has(key(encoding)) && readable(encoding) ? [{ name: readable(encoding)!, confidence }] : []))
  const best = guesses[0]
  const fallback = top && top.confidence >= CHARDET_CONFIDENCE ? readable(top.name) : null
  const candidates =
    best && best.confidence >= MIN_CONFIDENCE
      ? guesses.filter((guess) => best.confidence - guess.confidence <= TIE).map((guess) => guess.name)
      : fallback
        ? ['windows-1252', fallback]
        : []
  if (candidates.length === 0) return null
  const tried = candidates.flatMap((name) => [name, ...(UNSEEN[name] ?? [])])
  const odd = tried.map((name) => oddities(decodeWith(sample, name)))
  return tried[odd.indexOf(Math.min(...odd))]!
}

/**
 * Whether bytes that chardet is unsure are Chinese are EUC-TW: read so, they hold no undecodable character (but the
 * last, which the sample may cut), and that reading, written in Big5 (the other encoding of Traditional Chinese),
 * is Big5 chardet is sure of. Read as EUC-TW, the other CJK texts of the suites break on 1% to 85% of their characters.
 */
function readsAsEucTw(sample: Uint8Array): boolean {
  const text = decodeWith(sample, 'euc-tw')
  if (text.slice(0, -1).includes('\ufffd')) return false
  const asBig5 = iconv.encode(text, 'big5')
  return (chardet.analyse(asBig5).find((guess) => guess.name === 'Big5')?.confidence ?? 0) > BIG5_SURE
}

/**
 * How often a reading breaks words in ways no language writes them: a capital straight after a small letter
 * ("используетсЯ"), or a symbol between two letters ("Ő¶r"). Related encodings put letters at different bytes (Ά is
 * 0xA2 in Windows-1253 and 0xB6 in ISO-8859-7; capitals sit at 0x80-0x9F in Mac Cyrillic and at 0xC0-0xDF in
 * Windows-1251), and the wrong one shows them as symbols or wrong-case letters inside words. Among near ties the reading
 * with fewest wins, and of those the detector's first.
 */
function oddities(text: string): number {
  return (text.match(WRONG_CASE) ?? []).length + (text.match(SYMBOL_IN_WORD) ?? []).length
}
const WRONG_CASE = /\p{Ll}\p{Lu}/gu
/** A character outside ASCII that is neither a letter nor punctuation that sits inside words (’ in "l’école"). */
const SYMBOL_IN_WORD = /(?<=\p{L})[^\p{L}\p{M}\p{ASCII}\u2019\u00b7\u2010\u2011](?=\p{L})/gu

/** Each encoding the menu offers, by the name `readable` gives it: the first entry of those read alike. */
const MENU_IDS = new Map<string, string>()
for (const { id } of ENCODINGS) {
  const read = readable(id)
  if (read && !MENU_IDS.has(read)) MENU_IDS.set(read, id)
}

function key(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '')
}

/** What Windows-1252 puts at 0x80-0x9F, where it differs from Latin-1; iconv-lite gives U+FFFD for the five unassigned bytes. */
const WINDOWS_1252_C1 = [...iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), 'windows-1252')]

/**
 * Windows-1252 as the WHATWG Encoding standard reads it: the unassigned bytes (0x81, 0x8D...) stay as C1
 * characters instead of being lost. Node 20's TextDecoder('windows-1252') reads plain Latin-1, so it will not do.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => {
      const mapped = WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]
      return mapped === undefined || mapped === '\ufffd' ? c : mapped
    })
}
