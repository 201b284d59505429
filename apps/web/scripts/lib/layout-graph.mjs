// A small deterministic force layout (springs on edges, repulsion between nearby nodes,
// gravity to the centre), run once at build time so the browser only draws.
// Repulsion looks only at the 3×3 grid cells around a node: O(n) per step instead of
// O(n²). The grid is rebuilt each step as typed arrays (nodes counted into their cells, then
// listed cell by cell in index order): a Map keyed by "x,y" strings made 9 strings and lookups
// per node per step and was two thirds of the layout's time (≈ 1.3 s of 1.9 s CPU at 1,000
// notes). Each node's own position and force sit in locals while it meets its neighbours, and
// a cell's nodes up to it are stepped over before the loop (≈ 10–15% less). The positions are
// the same, bit for bit: each node meets the same neighbours in the same order, and every sum
// adds the same terms in the same order (a test pins them).

/**
 * @param {number} count number of nodes
 * @param {Array<[number, number]>} edges pairs of node indexes
 * @param {{ iterations?: number, distance?: number }} [options]
 * @returns {Float64Array} x0, y0, x1, y1, …
 */
export function layoutGraph(count, edges, options = {}) {
  const distance = options.distance ?? (count <= 200 ? 70 : 30)
  const iterations = options.iterations ?? (count > 4000 ? 80 : 200)
  const pos = new Float64Array(count * 2)
  const force = new Float64Array(count * 2)
  const degree = new Uint32Array(count)
  for (const [a, b] of edges) {
    degree[a] = (degree[a] ?? 0) + 1
    degree[b] = (degree[b] ?? 0) + 1
  }
  // Sunflower seeding: even, deterministic, no random numbers.
  const golden = Math.PI * (3 - Math.sqrt(5))
  for (let i = 0; i < count; i++) {
    const radius = distance * Math.sqrt(i + 0.5)
    pos[i * 2] = radius * Math.cos(i * golden)
    pos[i * 2 + 1] = radius * Math.sin(i * golden)
  }
  const cell = distance * 2
  const repulsion = distance * distance
  let temperature = distance * 3
  /** Each node's grid cell this step, and the nodes listed cell by cell (`starts[c]` to `starts[c + 1]`). */
  const cellX = new Int32Array(count)
  const cellY = new Int32Array(count)
  const order = new Int32Array(count)
  let starts = new Int32Array(0)
  // Edges as flat pairs with their spring's damping, computed once instead of every step.
  const ends = new Int32Array(edges.length * 2)
  const damping = new Float64Array(edges.length)
  edges.forEach(([a, b], e) => {
    ends[e * 2] = a
    ends[e * 2 + 1] = b
    // Hubs (terms mentioned everywhere) pull weakly, or every topic collapses onto them.
    damping[e] = Math.max(1, Math.min(degree[a] ?? 1, degree[b] ?? 1))
  })
  for (let step = 0; count > 0 && step < iterations; step++) {
    force.fill(0)
    let minX = Number.POSITIVE_INFINITY
    let maxX = Number.NEGATIVE_INFINITY
    let minY = Number.POSITIVE_INFINITY
    let maxY = Number.NEGATIVE_INFINITY
    for (let i = 0; i < count; i++) {
      const cx = Math.floor(pos[i * 2] / cell)
      const cy = Math.floor(pos[i * 2 + 1] / cell)
      cellX[i] = cx
      cellY[i] = cy
      if (cx < minX) minX = cx
      if (cx > maxX) maxX = cx
      if (cy < minY) minY = cy
      if (cy > maxY) maxY = cy
    }
    const width = maxX - minX + 1
    const height = maxY - minY + 1
    const cells = width * height
    if (starts.length < cells + 1) starts = new Int32Array(cells + 1)
    else starts.fill(0, 0, cells + 1)
    for (let i = 0; i < count; i++) starts[(cellX[i] - minX) * height + (cellY[i] - minY) + 1]++
    for (let c = 0; c < cells; c++) starts[c + 1] += starts[c]
    // Counting sort: stable, so each cell lists its nodes in index order, as before.
    const fill = starts.slice(0, cells)
    for (let i = 0; i < count; i++) order[fill[(cellX[i] - minX) * height + (cellY[i] - minY)]++] = i
    for (let i = 0; i < count; i++) {
      const gx = cellX[i] - minX
      const gy = cellY[i] - minY
      // Node i's own position and force in locals: only this loop changes force[i] now
      // (every j below is > i), so the same additions happen in the same order.
      const ix = pos[i * 2]
      const iy = pos[i * 2 + 1]
      let fx = force[i * 2]
      let fy = force[i * 2 + 1]
      for (let dx = -1; dx <= 1; dx++) {
        const x0 = gx + dx
        if (x0 < 0 || x0 >= width) continue
        for (let dy = -1; dy <= 1; dy++) {
          const y0 = gy + dy
          if (y0 < 0 || y0 >= height) continue
          const c = x0 * height + y0
          // A cell lists its nodes in index order: start past those ≤ i.
          const end = starts[c + 1]
          let k = starts[c]
          while (k < end && order[k] <= i) k++
          for (; k < end; k++) {
            const j = order[k]
            let x = ix - pos[j * 2]
            let y = iy - pos[j * 2 + 1]
            let d2 = x * x + y * y
            if (d2 < 0.01) {
              x = ((i * 7) % 5) - 2 + 0.1
              y = ((j * 3) % 5) - 2 + 0.1
              d2 = x * x + y * y
            }
            const push = repulsion / d2
            const px = x * push
            const py = y * push
            fx += px
            fy += py
            force[j * 2] -= px
            force[j * 2 + 1] -= py
          }
        }
      }
      force[i * 2] = fx
      force[i * 2 + 1] = fy
    }
    for (let e = 0; e < damping.length; e++) {
      const a = ends[e * 2]
      const b = ends[e * 2 + 1]
      const x = pos[b * 2] - pos[a * 2]
      const y = pos[b * 2 + 1] - pos[a * 2 + 1]
      const d = Math.sqrt(x * x + y * y) || 1
      const pull = (d - distance) / d / damping[e]
      const px = x * pull * 0.5
      const py = y * pull * 0.5
      force[a * 2] += px
      force[a * 2 + 1] += py
      force[b * 2] -= px
      force[b * 2 + 1] -= py
    }
    for (let i = 0; i < count; i++) {
      force[i * 2] -= pos[i * 2] * 0.01
      force[i * 2 + 1] -= pos[i * 2 + 1] * 0.01
      const fx = force[i * 2]
      const fy = force[i * 2 + 1]
      const f = Math.sqrt(fx * fx + fy * fy)
      if (f === 0) continue
      const move = Math.min(f, temperature)
      pos[i * 2] += (fx / f) * move
      pos[i * 2 + 1] += (fy / f) * move
    }
    temperature = Math.max(0.5, temperature * 0.97)
  }
  return pos
}
