import { z } from 'zod'
import { headerLine, partsOf } from '../../shared/framed-bytes'

/**
 * A pack holds many contents in one file, so a batch of new texts costs one file created and synced instead of one
 * per text. Its first line is JSON giving the format and each content's length in bytes; the contents follow, back to
 * back, as they are.
 */
const FORMAT = 'parallax-pack-1'

const Header = z.object({ format: z.literal(FORMAT), lengths: z.array(z.number().int().nonnegative()) })

/** A pack of `contents`, and where each content lies from its start. */
export function pack(contents: Uint8Array[]): { bytes: Buffer; layout: { offset: number; length: number }[] } {
  const header = Buffer.from(`${JSON.stringify({ format: FORMAT, lengths: contents.map((content) => content.byteLength) })}\n`, 'utf8')
  let offset = header.byteLength
  const layout = contents.map((content) => {
    const at = { offset, length: content.byteLength }
    offset += content.byteLength
    return at
  })
  return { bytes: Buffer.concat([header, ...contents]), layout }
}

/**
 * The contents of a pack. A pack cut short (by a crash while it was written) gives the contents that were written
 * whole before the cut; one whose first line is not a pack header gives none.
 */
export function unpack(bytes: Uint8Array): Uint8Array[] {
  const { header, rest } = headerLine(bytes)
  const parsed = Header.safeParse(header)
  return parsed.success ? partsOf(rest, parsed.data.lengths) : []
}
