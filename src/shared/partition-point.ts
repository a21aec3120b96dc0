/**
 * The number of leading indices below `length` for which `holds` is true, when it is true up to some index and false
 * from there on (a binary search, as Rust's `partition_point`).
 */
export function partitionPoint(length: number, holds: (index: number) => boolean): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (holds(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}
