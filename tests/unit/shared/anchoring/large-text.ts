const WORDS = (
  'the minister said talks would resume on monday after officials from both sides met in geneva ' +
  'aid convoys crossed border late week prices rose sharply markets fell analysts expected central bank ' +
  'to cut rates again police reported protesters gathered outside parliament where lawmakers debated budget ' +
  'storm damage power lines thousands homes without electricity rescue teams searched villages 👍🏽 𝔘'
).split(' ')

/** Deterministic pseudo-random generator (mulberry32), so the large-text tests see the same text every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** News-like word salad of at least `length` units: unique enough that 40-unit passages do not repeat. */
export function largeText(length: number, next: () => number): string {
  const parts: string[] = []
  let size = 0
  while (size < length) {
    const count = 8 + Math.floor(next() * 12)
    const words = Array.from({ length: count }, () => WORDS[Math.floor(next() * WORDS.length)] ?? 'the')
    const sentence = words.join(' ') + (next() < 0.2 ? '.\n\n' : '. ')
    parts.push(sentence.charAt(0).toUpperCase() + sentence.slice(1))
    size += sentence.length
  }
  return parts.join('')
}
