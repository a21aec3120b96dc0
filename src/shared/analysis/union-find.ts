/** Disjoint sets over 0..n-1 with path halving: clusters grow by linking pairs found one at a time. */
export class UnionFind {
  readonly #parent: number[] = []

  add(): number {
    this.#parent.push(this.#parent.length)
    return this.#parent.length - 1
  }

  find(item: number): number {
    let at = item
    while (this.#parent[at] !== at) {
      const up = this.#parent[this.#parent[at]!]!
      this.#parent[at] = up
      at = up
    }
    return at
  }

  union(a: number, b: number): void {
    const rootA = this.find(a)
    const rootB = this.find(b)
    if (rootA !== rootB) this.#parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB)
  }
}
