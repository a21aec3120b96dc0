import type { BoilerplateSpan, OverviewBucket, Passage } from './types'

/** Enough stretches for a strip the height of a pane to show where shared and unique text lie. */
export const OVERVIEW_BUCKETS = 48

function overlap(a: { start: number; end: number }, start: number, end: number): number {
  return Math.max(0, Math.min(a.end, end) - Math.max(a.start, start))
}

/**
 * The overview strip of a document: its text cut into equal stretches, each with the share of its characters in
 * passages carried by other documents too, in passages found only here, and in boilerplate.
 */
export function overviewOf(length: number, sentences: readonly Passage[], boilerplate: readonly BoilerplateSpan[], count = OVERVIEW_BUCKETS): OverviewBucket[] {
  const buckets = Math.max(1, Math.min(count, length))
  const size = length / buckets
  const strip: OverviewBucket[] = Array.from({ length: buckets }, (_, index) => ({
    start: Math.round(index * size),
    end: Math.round((index + 1) * size),
    shared: 0,
    unique: 0,
    boilerplate: 0,
    carriers: 0
  }))
  const spread = (span: { start: number; end: number }, add: (bucket: OverviewBucket, share: number) => void): void => {
    const first = Math.max(0, Math.floor(span.start / size))
    const last = Math.min(buckets - 1, Math.floor(Math.max(span.start, span.end - 1) / size))
    for (let index = first; index <= last; index++) {
      const bucket = strip[index]!
      const width = bucket.end - bucket.start
      const share = width > 0 ? overlap(span, bucket.start, bucket.end) / width : 0
      if (share > 0) add(bucket, share)
    }
  }
  for (const sentence of sentences) {
    spread(sentence, (bucket, share) => {
      if (sentence.carriers > 1) bucket.shared += share
      else bucket.unique += share
      bucket.carriers = Math.max(bucket.carriers, sentence.carriers)
    })
  }
  for (const span of boilerplate) spread(span, (bucket, share) => (bucket.boilerplate += share))
  return strip
}
