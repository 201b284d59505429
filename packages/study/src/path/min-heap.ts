/** A binary min-heap of numbers: the learning path takes the earliest ready topic in O(log n). */
export class MinHeap {
  readonly #items: number[] = []

  get size(): number {
    return this.#items.length
  }

  push(value: number): void {
    const items = this.#items
    items.push(value)
    let index = items.length - 1
    while (index > 0) {
      const parent = (index - 1) >> 1
      if ((items[parent] ?? 0) <= value) break
      items[index] = items[parent] ?? 0
      index = parent
    }
    items[index] = value
  }

  pop(): number | undefined {
    const items = this.#items
    const top = items[0]
    const last = items.pop()
    if (items.length === 0 || last === undefined) return top
    let index = 0
    for (;;) {
      const left = index * 2 + 1
      if (left >= items.length) break
      const right = left + 1
      const child = right < items.length && (items[right] ?? 0) < (items[left] ?? 0) ? right : left
      if ((items[child] ?? 0) >= last) break
      items[index] = items[child] ?? 0
      index = child
    }
    items[index] = last
    return top
  }
}
