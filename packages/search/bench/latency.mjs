// Query latency: every query once to warm up (lazy tables, JIT), then `rounds` timed passes.
export function measureLatency(search, queries, rounds = 20) {
  for (const query of queries) search(query)
  const times = []
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const start = performance.now()
      search(query)
      times.push(performance.now() - start)
    }
  }
  times.sort((a, b) => a - b)
  const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))]
  return { samples: times.length, p50: at(0.5), p95: at(0.95), max: times[times.length - 1] }
}
