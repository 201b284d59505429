/**
 * The k best documents by score without sorting every candidate: a min-heap of size k.
 * Ties go to the lower document number, so rankings are deterministic.
 */
export function selectTopK(docs: Iterable<number>, score: ArrayLike<number>, k: number): number[] {
  const heap: number[] = []
  const worse = (a: number, b: number): boolean => {
    const sa = score[a] ?? 0
    const sb = score[b] ?? 0
    return sa < sb || (sa === sb && a > b)
  }
  const siftDown = (from: number): void => {
    for (let i = from; ; ) {
      const left = 2 * i + 1
      const right = left + 1
      let worst = i
      if (left < heap.length && worse(heap[left] ?? 0, heap[worst] ?? 0)) worst = left
      if (right < heap.length && worse(heap[right] ?? 0, heap[worst] ?? 0)) worst = right
      if (worst === i) return
      ;[heap[i], heap[worst]] = [heap[worst] ?? 0, heap[i] ?? 0]
      i = worst
    }
  }
  for (const doc of docs) {
    if (heap.length < k) {
      heap.push(doc)
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1
        if (!worse(heap[i] ?? 0, heap[parent] ?? 0)) break
        ;[heap[i], heap[parent]] = [heap[parent] ?? 0, heap[i] ?? 0]
        i = parent
      }
    } else if (k > 0 && worse(heap[0] ?? 0, doc)) {
      heap[0] = doc
      siftDown(0)
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0))
}
