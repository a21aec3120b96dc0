import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../src/shared/errors'
import { decodeAs, decodeBytes } from '../../../../src/main/import/decode'
import { ENCODINGS } from '../../../../src/shared/encodings'

const ENGLISH = 'The mayor of Zürich spoke on Monday. She said the café would reopen next week.'
const RUSSIAN =
  'Правительство объявило о новых мерах поддержки малого бизнеса. По словам министра экономики, ' +
  'налоги для небольших компаний снизятся уже в следующем году. Эксперты считают, что эти меры ' +
  'помогут сохранить рабочие места в регионах. Однако некоторые депутаты выразили сомнения в том, ' +
  'что бюджет сможет выдержать такую нагрузку.'

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values)

describe('decodeBytes', () => {
  it('reads a UTF-8 BOM and leaves it out of the text', async () => {
    const result = await decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Héllo')]))
    expect(result).toEqual({ text: 'Héllo', encoding: 'utf-8', method: 'bom' })
  })

  it('reads UTF-8 without a BOM, curly quotes and emoji included', async () => {
    // “ is E2 80 9C, ” is E2 80 9D, 📰 is F0 9F 93 B0.
    const input = bytes(0xe2, 0x80, 0x9c, 0x4e, 0x65, 0x77, 0x73, 0xe2, 0x80, 0x9d, 0x20, 0xf0, 0x9f, 0x93, 0xb0)
    expect(await decodeBytes(input)).toEqual({ text: '\u201cNews\u201d \u{1f4f0}', encoding: 'utf-8', method: 'utf-8' })
  })

  it('reports pure ASCII as UTF-8', async () => {
    expect(await decodeBytes(Buffer.from('Plain text.'))).toEqual({ text: 'Plain text.', encoding: 'utf-8', method: 'utf-8' })
  })

  it('reads UTF-16 LE and BE with a BOM', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ENGLISH, 'utf16le')])
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ENGLISH, 'utf16le').swap16()])
    expect(await decodeBytes(le)).toEqual({ text: ENGLISH, encoding: 'utf-16le', method: 'bom' })
    expect(await decodeBytes(be)).toEqual({ text: ENGLISH, encoding: 'utf-16be', method: 'bom' })
  })

  it('recognises UTF-16 LE and BE without a BOM from their NUL bytes', async () => {
    const le = Buffer.from(ENGLISH, 'utf16le')
    expect(le.subarray(0, 4)).toEqual(Buffer.from([0x54, 0x00, 0x68, 0x00]))
    expect(await decodeBytes(le)).toEqual({ text: ENGLISH, encoding: 'utf-16le', method: 'detected' })
    expect(await decodeBytes(Buffer.from(le).swap16())).toEqual({ text: ENGLISH, encoding: 'utf-16be', method: 'detected' })
  })

  it('keeps CRLF as it is: canonicalText normalises line endings later', async () => {
    expect((await decodeBytes(Buffer.from('one\r\ntwo\r\n'))).text).toBe('one\r\ntwo\r\n')
    expect((await decodeBytes(Buffer.from('one\r\ntwo', 'utf16le'))).text).toBe('one\r\ntwo')
  })

  it('decodes Windows-1252 curly quotes and dashes to the right characters', async () => {
    // "He said “yes” – ‘no’ — ok" with 0x93 0x94 0x96 0x91 0x92 0x97.
    const input = Buffer.concat([
      Buffer.from('He said '),
      bytes(0x93), Buffer.from('yes'), bytes(0x94, 0x20, 0x96, 0x20, 0x91), Buffer.from('no'), bytes(0x92, 0x20, 0x97),
      Buffer.from(' ok')
    ])
    const result = await decodeBytes(input)
    expect(result.text).toBe('He said \u201cyes\u201d \u2013 \u2018no\u2019 \u2014 ok')
    expect(result.encoding).toBe('windows-1252')
  })

  it('detects a Windows-1251 Russian paragraph', async () => {
    const input = iconv.encode(RUSSIAN, 'windows-1251')
    expect(input[0]).toBe(0xcf) // П in Windows-1251
    expect(await decodeBytes(input)).toEqual({ text: RUSSIAN, encoding: 'windows-1251', method: 'detected' })
  })

  it('detects a KOI8-R Russian paragraph', async () => {
    const input = iconv.encode(RUSSIAN, 'koi8-r')
    expect(input[0]).toBe(0xf0) // П in KOI8-R
    expect(await decodeBytes(input)).toEqual({ text: RUSSIAN, encoding: 'koi8-r', method: 'detected' })
  })

  it('falls back to Windows-1252 when detection is not confident', async () => {
    // "Café" with é as 0xE9: not UTF-8, too short for jschardet to be sure.
    expect(await decodeBytes(bytes(0x43, 0x61, 0x66, 0xe9))).toEqual({ text: 'Café', encoding: 'windows-1252', method: 'fallback' })
    // Bytes Windows-1252 leaves unassigned survive as C1 characters instead of becoming U+FFFD.
    expect((await decodeBytes(bytes(0x41, 0x81, 0x8d))).text).toBe('A\u0081\u008d')
  })
})

describe('decodeAs', () => {
  it('decodes with the encoding the user chose', async () => {
    expect(await decodeAs(bytes(0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2), 'windows-1251')).toBe('Привет')
    expect(await decodeAs(bytes(0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4), 'koi8-r')).toBe('Привет')
  })

  it('refuses an unknown encoding with a sentence for the user', async () => {
    const refusal = decodeAs(bytes(0x41), 'klingon-8')
    await expect(refusal).rejects.toBeInstanceOf(AppError)
    await expect(refusal).rejects.toMatchObject({ code: 'invalid-argument', message: 'The text encoding "klingon-8" is not supported.' })
  })

  it('offers only encodings it can decode', async () => {
    expect(ENCODINGS.length).toBeGreaterThan(10)
    for (const { id } of ENCODINGS) await expect(decodeAs(Buffer.from('ab'), id), id).resolves.toBeTypeOf('string')
    expect(await decodeAs(Buffer.from('é'), 'utf-8')).toBe('é')
  })
})
