// Writes src/main/import/euc-tw.json, EUC-TW's mapping to Unicode as iconv-lite's double-byte codec reads a table,
// from the GNU C library's own converter (`iconv -f EUC-TW`, libc-bin; 2.36 on Debian 12 when it was made). Neither
// iconv-lite nor any other package on the npm registry decodes EUC-TW. Run: node scripts/euc-tw-table.mjs
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

const CELLS = Array.from({ length: 94 }, (_, i) => 0xa1 + i)
/** Planes 1 to 7 of CNS 11643, each as its four-byte form (0x8E, 0xA0 + plane, row, cell); plane 1 also as two bytes. */
const PREFIXES = [[], ...Array.from({ length: 7 }, (_, i) => [0x8e, 0xa1 + i])]

const hex = (bytes) => bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('')
const chunks = [['0', '\u0000', 127]]
for (const prefix of PREFIXES) {
  for (const row of CELLS) {
    // One line per cell, so a cell the converter drops (-c: unassigned) leaves its line empty and the others in place.
    const input = Buffer.from(CELLS.flatMap((cell) => [...prefix, row, cell, 0x0a]))
    const lines = execFileSync('iconv', ['-c', '-f', 'EUC-TW', '-t', 'UTF-8'], { input }).toString('utf8').split('\n')
    let chunk = null
    CELLS.forEach((cell, at) => {
      const char = lines[at]
      if (!char || [...char].length !== 1) return (chunk = null)
      if (!chunk) chunks.push((chunk = [hex([...prefix, row, cell]), '']))
      chunk[1] += char
    })
  }
}
writeFileSync(resolve(import.meta.dirname, '..', 'src', 'main', 'import', 'euc-tw.json'), `${JSON.stringify(chunks)}\n`)
console.log(`${chunks.length} runs, ${chunks.reduce((sum, chunk) => sum + (typeof chunk[1] === 'string' ? [...chunk[1]].length : 0), 0)} characters`)
