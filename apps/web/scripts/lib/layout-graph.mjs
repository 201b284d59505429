// A small deterministic force layout (springs on edges, repulsion between nearby nodes,
// gravity to the centre), run once at build time so the browser only draws.
// Repulsion looks only at the 3×3 grid cells around a node: O(n) per step instead of
// O(n²), which keeps 10,000 nodes under a second or two.

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
  let temperature = distance * 3
  for (let step = 0; step < iterations; step++) {
    force.fill(0)
    const grid = new Map()
    for (let i = 0; i < count; i++) {
      const key = `${Math.floor(pos[i * 2] / cell)},${Math.floor(pos[i * 2 + 1] / cell)}`
      const list = grid.get(key)
      if (list) list.push(i)
      else grid.set(key, [i])
    }
    for (let i = 0; i < count; i++) {
      const cx = Math.floor(pos[i * 2] / cell)
      const cy = Math.floor(pos[i * 2 + 1] / cell)
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++) {
          const list = grid.get(`${cx + dx},${cy + dy}`)
          if (!list) continue
          for (const j of list) {
            if (j <= i) continue
            let x = pos[i * 2] - pos[j * 2]
            let y = pos[i * 2 + 1] - pos[j * 2 + 1]
            let d2 = x * x + y * y
            if (d2 < 0.01) {
              x = ((i * 7) % 5) - 2 + 0.1
              y = ((j * 3) % 5) - 2 + 0.1
              d2 = x * x + y * y
            }
            const push = (distance * distance) / d2
            force[i * 2] += x * push
            force[i * 2 + 1] += y * push
            force[j * 2] -= x * push
            force[j * 2 + 1] -= y * push
          }
        }
    }
    for (const [a, b] of edges) {
      const x = pos[b * 2] - pos[a * 2]
      const y = pos[b * 2 + 1] - pos[a * 2 + 1]
      const d = Math.sqrt(x * x + y * y) || 1
      // Hubs (terms mentioned everywhere) pull weakly, or every topic collapses onto them.
      const pull = (d - distance) / d / Math.max(1, Math.min(degree[a] ?? 1, degree[b] ?? 1))
      force[a * 2] += x * pull * 0.5
      force[a * 2 + 1] += y * pull * 0.5
      force[b * 2] -= x * pull * 0.5
      force[b * 2 + 1] -= y * pull * 0.5
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
