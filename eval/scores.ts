/** A share as a figure: "0.93 (279 of 300)". */
export function share(part: number, whole: number): { value: number; text: string } {
  const value = whole === 0 ? 0 : part / whole
  return { value, text: `${value.toFixed(2)} (${part} of ${whole})` }
}

/**
 * The area under the ROC curve of `scores` for telling `positive` items from the rest: the chance that a positive
 * item scores above a negative one, ties counting half (the Mann-Whitney U statistic over the product of the counts).
 */
export function rocAuc(items: { score: number; positive: boolean }[]): number {
  const positives = items.filter((item) => item.positive).map((item) => item.score)
  const negatives = items.filter((item) => !item.positive).map((item) => item.score)
  let wins = 0
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0
  return wins / (positives.length * negatives.length)
}
