/**
 * Levenshtein similarity in [0, 1] of two short strings (UTF-16 units). Both ends are aligned, unlike
 * approx-string-match's substring search, so a context only scores well if it sits right against the candidate.
 */
export function editSimilarity(a: string, b: string): number {
  if (a === b) return 1
  const row = new Int32Array(b.length + 1)
  for (let j = 0; j <= b.length; j++) row[j] = j
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost)
      diagonal = above
    }
  }
  return 1 - (row[b.length] ?? 0) / Math.max(a.length, b.length)
}
