/**
 * Strongly connected components (Tarjan, iterative so a long chain of topics cannot overflow
 * the stack). The learning path treats each component, a cycle of topics that need each
 * other, as one block ordered inside by reading order.
 */
export function strongComponents(size: number, edges: readonly (readonly number[])[]): number[] {
  const component = new Array<number>(size).fill(-1)
  const index = new Array<number>(size).fill(-1)
  const low = new Array<number>(size).fill(0)
  const onStack = new Array<boolean>(size).fill(false)
  const stack: number[] = []
  let counter = 0
  let components = 0
  for (let root = 0; root < size; root++) {
    if (index[root] !== -1) continue
    const work: [node: number, next: number][] = [[root, 0]]
    while (work.length > 0) {
      const frame = work[work.length - 1] as [number, number]
      const [node, next] = frame
      if (next === 0 && index[node] === -1) {
        index[node] = low[node] = counter++
        stack.push(node)
        onStack[node] = true
      }
      const targets = edges[node] ?? []
      if (next < targets.length) {
        frame[1] = next + 1
        const target = targets[next] ?? 0
        if (index[target] === -1) work.push([target, 0])
        else if (onStack[target]) low[node] = Math.min(low[node] ?? 0, index[target] ?? 0)
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent) low[parent[0]] = Math.min(low[parent[0]] ?? 0, low[node] ?? 0)
      if (low[node] === index[node]) {
        let member: number | undefined
        do {
          member = stack.pop()
          if (member === undefined) break
          onStack[member] = false
          component[member] = components
        } while (member !== node)
        components++
      }
    }
  }
  return component
}
