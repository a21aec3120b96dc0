import { describe, expect, it } from 'vitest'
import { BODY_WITH_BYTES, decodeCall, encodeCall, JSON_BODY } from '../../../../src/shared/contract/body-codec'

async function sent(input: unknown): Promise<unknown> {
  const { type, body } = encodeCall(input)
  return decodeCall(type, typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(await body.arrayBuffer()))
}

describe('call bodies', () => {
  it('send an argument without bytes as plain JSON', () => {
    const input = { id: 'd_0123456789abcdef', patch: { title: 'A “title”\n' } }
    expect(encodeCall(input)).toEqual({ type: JSON_BODY, body: JSON.stringify(input) })
    expect(encodeCall(undefined)).toEqual({ type: JSON_BODY, body: '{}' })
  })

  it('send Blobs and byte arrays as they are, and give them back as byte arrays where they were', async () => {
    const input = {
      files: [
        { name: 'one.txt', bytes: new Blob(['first file, “quoted”']) },
        { name: 'empty.txt', bytes: new Uint8Array(0) },
        { name: 'none.txt', bytes: null },
        { name: 'three.txt', bytes: new Uint8Array([0, 10, 255, 10]) }
      ]
    }
    expect(encodeCall(input).type).toBe(BODY_WITH_BYTES)
    const back = (await sent(input)) as { files: { name: string; bytes: Uint8Array | null }[] }
    expect(back.files.map((file) => file.name)).toEqual(['one.txt', 'empty.txt', 'none.txt', 'three.txt'])
    expect(back.files[0]!.bytes).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(back.files[0]!.bytes!)).toBe('first file, “quoted”')
    expect(back.files[1]!.bytes).toEqual(new Uint8Array(0))
    expect(back.files[2]!.bytes).toBeNull()
    expect([...back.files[3]!.bytes!]).toEqual([0, 10, 255, 10])
  })

  it('refuses a plain JSON body that is not JSON', () => {
    expect(() => decodeCall(JSON_BODY, new TextEncoder().encode('{nope'))).toThrow(SyntaxError)
    expect(decodeCall(JSON_BODY, new Uint8Array(0))).toEqual({})
  })
})
