import type { Random } from '../../../helpers/seeded-random'

/** A generated file: what kind of trouble it is, its name and its bytes. Each name holds a token no other file has. */
export interface HostileFile {
  kind: string
  token: string
  name: string
  bytes: Uint8Array
}

const encoder = new TextEncoder()
const WORDS = ['ceasefire', 'talks', 'résumé', 'naïve', 'Überblick', 'переговоры', '停火', 'مفاوضات', 'שיחות', '🕊️', 'Doha', 'minister', 'said']
const EXTENSIONS = ['.txt', '.txt', '.txt', '.md', '.text', '.TXT', '.Md', '.json', '.jsonld', '.pdf', '.exe', '', '.txt.exe', '.tx']

/**
 * At least `count` files meant to break an import: random bytes, cut-off UTF-8 and UTF-16, NUL and control bytes,
 * empty and blank files, broken annotation files, good texts and copies of them, and names with control characters,
 * right-to-left marks and 255 bytes. Every name is one a Linux file system accepts; see `hostileNames` for the rest.
 */
export function hostileFiles(random: Random, count: number): HostileFile[] {
  const files: HostileFile[] = []
  const add = (kind: string, bytes: Uint8Array, extension = '.txt', name?: (token: string) => string) => {
    const token = `f${String(files.length).padStart(4, '0')}`
    files.push({ kind, token, name: name ? name(token) : `${token}-${kind}${extension}`, bytes })
  }
  const text = (words: number) => headline(random) + '\n\n' + Array.from({ length: words }, () => random.pick(WORDS)).join(' ') + '\n'
  const share = (part: number) => Math.ceil((count * part) / 100)

  for (let i = 0; i < share(25); i++) add('random-bytes', random.bytes(random.int(1, 4096)), random.pick(EXTENSIONS))
  for (let i = 0; i < share(12); i++) {
    const bytes = encoder.encode(text(random.int(1, 200)))
    add('truncated-utf8', bytes.subarray(0, cutInsideCharacter(random, bytes)))
  }
  for (let i = 0; i < share(12); i++) {
    const bytes = utf16(text(random.int(1, 200)), random.next() < 0.5, random.next() < 0.5)
    add('truncated-utf16', bytes.subarray(0, random.int(1, bytes.length - 1)))
  }
  for (let i = 0; i < share(10); i++) {
    const bytes = encoder.encode(text(random.int(1, 100)))
    if (i % 5 === 0) bytes.fill(0)
    else for (let n = random.int(1, 8); n > 0; n--) bytes[random.int(0, bytes.length - 1)] = 0
    add('nul-bytes', bytes)
  }
  for (let i = 0; i < share(6); i++) {
    add('control-bytes', Uint8Array.from({ length: random.int(1, 2000) }, () => (random.next() < 0.7 ? random.int(0, 31) : random.int(32, 126))))
  }
  const blanks = [new Uint8Array(), encoder.encode('   \n\t\r\n'), Uint8Array.of(0xef, 0xbb, 0xbf), Uint8Array.of(0xff, 0xfe), Uint8Array.of(0xff, 0xfe, 0x20, 0x00)]
  for (let i = 0; i < share(4); i++) add(i % blanks.length === 0 ? 'zero-bytes' : 'blank', blanks[i % blanks.length]!, random.pick(['.txt', '.md']))
  const good: Uint8Array[] = []
  for (let i = 0; i < share(14); i++) {
    const bytes = encoder.encode(text(random.int(5, 300)))
    good.push(bytes)
    add('text', bytes, random.pick(['.txt', '.md', '.text']))
  }
  for (let i = 0; i < share(4); i++) add('copy', random.pick(good))
  for (let i = 0; i < share(5); i++) add('annotation-file', annotationFile(random), random.pick(['.json', '.jsonld']))
  for (let i = 0; i < share(4); i++) add('odd-name', encoder.encode(text(random.int(5, 50))), '.txt', (token) => hostileDiskName(random, token))
  for (let i = 0; i < share(4); i++) add('unsupported', encoder.encode(text(20)), random.pick(['.epub', '.rtf', '', '.txt.exe', '.odt', '.tx']))
  return files
}

/** The two heavy files: one line of 20 MB, and a million short lines. */
export function heavyFiles(): HostileFile[] {
  const line = 'Ceasefire talks resume in Doha this week. '.repeat(Math.ceil((20 * 1024 * 1024) / 42)).slice(0, 20 * 1024 * 1024)
  const lines = Array.from({ length: 1_000_000 }, (_, i) => `line ${i}`).join('\n')
  return [
    { kind: 'one-20-mb-line', token: 'heavy1', name: 'heavy1-one-line.txt', bytes: encoder.encode(line) },
    { kind: 'million-lines', token: 'heavy2', name: 'heavy2-million-lines.txt', bytes: encoder.encode(lines) }
  ]
}

/**
 * Names only a browser can send (it names a file, it does not place it): path separators, `..`, absolute paths,
 * a NUL. Each keeps its token in the last part of the name, where a file name is taken from.
 */
export const HOSTILE_NAMES: ((token: string) => string)[] = [
  (token) => `../../${token}-escape.txt`,
  (token) => `../${token}-..txt`,
  (token) => `/etc/${token}-absolute.txt`,
  (token) => `..\\..\\${token}-windows.txt`,
  (token) => `C:\\Windows\\${token}-drive.txt`,
  (token) => `${token}-nul\0.txt`,
  (token) => `./././${token}-dots.md`,
  (token) => `dir/${'../'.repeat(50)}${token}-deep.txt`
]

function headline(random: Random): string {
  return ['Ceasefire talks resume', 'Minister resigns', 'Markets fall', 'Storm hits coast'][random.int(0, 3)] + ` ${random.int(0, 1_000_000)}`
}

/** A byte length that ends inside a multi-byte character, when the text has one. */
function cutInsideCharacter(random: Random, bytes: Uint8Array): number {
  const inside: number[] = []
  for (let i = 1; i < bytes.length; i++) if ((bytes[i]! & 0xc0) === 0x80) inside.push(i)
  return inside.length > 0 ? random.pick(inside) : random.int(1, bytes.length - 1)
}

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text
  const bytes = new Uint8Array(units.length * 2)
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i)
    bytes[i * 2 + (bigEndian ? 1 : 0)] = unit & 0xff
    bytes[i * 2 + (bigEndian ? 0 : 1)] = unit >> 8
  }
  return bytes
}

/** Broken or unmatched annotation exports: not JSON, the wrong JSON, hostile keys, nesting, a document not in the library. */
function annotationFile(random: Random): Uint8Array {
  const choices = [
    () => random.bytes(random.int(1, 500)),
    () => encoder.encode('{"type": "AnnotationCollection", "first": '),
    () => encoder.encode(JSON.stringify(random.pick([null, 42, 'text', [], {}, { type: 'AnnotationCollection' }]))),
    () => encoder.encode('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "type": "AnnotationCollection"}'),
    () => encoder.encode('['.repeat(100_000) + ']'.repeat(100_000)),
    () =>
      encoder.encode(
        JSON.stringify({
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          type: 'AnnotationCollection',
          first: {
            type: 'AnnotationPage',
            items: [
              {
                type: 'Annotation',
                body: [{ type: 'TextualBody', value: 'note', purpose: 'commenting' }],
                target: {
                  source: 'urn:parallax:document:d_0000000000000000',
                  selector: [{ type: 'TextQuoteSelector', exact: 'nothing here', prefix: '', suffix: '' }]
                }
              }
            ]
          }
        })
      )
  ]
  return random.pick(choices)()
}

/** A file name with control characters, right-to-left marks, odd Unicode, or exactly 255 bytes (the usual limit). */
function hostileDiskName(random: Random, token: string): string {
  const choices = [
    () => `${token}-\x01\x07\x1b[31m-control.txt`,
    () => `${token}-\u202egpj.exe-rtl.txt`,
    () => `${token}-\u200f\u200e\u2066isolates\u2069.txt`,
    () => `${token}-line\nbreak\ttab.txt`,
    () => `${token}-${'é'.normalize('NFD')}-nfd.md`,
    () => `${token}-trailing-dot.txt.`,
    () => `${token} - spaces .txt`,
    () => padToBytes(`${token}-`, '.txt', 'a'),
    () => padToBytes(`${token}-`, '.txt', 'é')
  ]
  return random.pick(choices)()
}

/** `head` + filler + `tail`, exactly 255 bytes in UTF-8 (or 254 when a two-byte filler cannot fill the last byte). */
function padToBytes(head: string, tail: string, filler: string): string {
  let name = head
  while (encoder.encode(name + filler + tail).length <= 255) name += filler
  return name + tail
}
