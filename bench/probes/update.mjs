/**
 * The watch path: after a build of DIR (from the primed disk cache), applies one change at
 * a time through `builder.update` and times each, as one JSON line:
 *   node probes/update.mjs DIR CACHE_DIR REPEATS [ONLY]
 * ONLY: one scenario's name ("edit heading"), to profile one kind of update alone
 * (`node --cpu-prof probes/update.mjs … "add term"`).
 * KUBE_NOTES_CORE=path/to/core/dist/index.js measures another build of the core (a before
 * checkout) with the same probe.
 * Every change touches a different note, so no update is a no-op served by the hash check.
 * Each update starts after the event loop has turned once, as a watch's starts from a file
 * event: what the builder schedules after an update (joiner.ts's spare arrays) runs between
 * them. BACK_TO_BACK=1 starts each update as soon as the last one resolved instead.
 */
const [dir, cacheDir, repeatsArg = "7", only] = process.argv.slice(2)
const { createDirBuilder, readContentDir } = await import(process.env.KUBE_NOTES_CORE || "@kube-notes/core")
const repeats = Number(repeatsArg)
const backToBack = process.env.BACK_TO_BACK === "1"
const turn = () => new Promise((resolve) => setImmediate(resolve))
const source = await readContentDir(dir)
const builder = createDirBuilder({ cache: cacheDir })
await builder.build(source)
const encoder = new TextEncoder()
const decoder = new TextDecoder()
const notes = source.notes.filter((file) => /^#{2,6} /m.test(decoder.decode(file.bytes)))
let cursor = 0
/** A different note each time, spread over the corpus. */
const nextNote = () => notes[(cursor++ * 7919) % notes.length]
const edit = (file, change) => ({
  path: file.path,
  bytes: encoder.encode(change(decoder.decode(file.bytes))),
})

const scenarios = {
  /** Text appended to a paragraph: no new term, heading or link. */
  "edit text": (n) => {
    const file = nextNote()
    return {
      changed: [edit(file, (text) => `${text}\n\n벤치마크 문단 ${n}: 파드와 노드를 다시 확인한다.\n`)],
    }
  },
  /** A heading renamed: other notes' links may now resolve differently. */
  "edit heading": (n) => {
    const file = nextNote()
    return { changed: [edit(file, (text) => text.replace(/^(#{2,6} .*)$/m, `$1 수정${n}`))] }
  },
  /** A new term defined: every note's text may now mention it. */
  "add term": (n) => {
    const file = nextNote()
    return { changed: [edit(file, (text) => `${text}\n\n- Benchterm${n} : 벤치마크가 정의한 새 용어\n`)] }
  },
  /** A new note (a copy of another under a new name). */
  "add note": (n) => {
    const file = nextNote()
    return { changed: [{ path: `bench-added/new-${n}.md`, bytes: file.bytes }] }
  },
  /** A note deleted. */
  "remove note": () => {
    const file = nextNote()
    return { removed: [file.path] }
  },
}

const results = {}
/** CPU time of each update (every thread): steadier than wall time on a loaded machine. */
const cpuTimes = {}
if (only !== undefined && !(only in scenarios))
  throw new Error(`No scenario ${only}; the scenarios are: ${Object.keys(scenarios).join(", ")}`)
for (const [name, makeChange] of Object.entries(scenarios)) {
  if (only !== undefined && name !== only) continue
  const times = []
  // Changes that rebuild every fragment take seconds at 5,000 notes: fewer runs of those.
  const runs = name === "edit text" ? repeats : Math.min(repeats, 3)
  for (let n = 0; n < runs; n++) {
    const change = makeChange(n)
    if (!backToBack) await turn()
    const started = performance.now()
    const cpuBefore = process.cpuUsage()
    const { graph } = await builder.update(change)
    times.push(performance.now() - started)
    const cpu = process.cpuUsage(cpuBefore)
    cpuTimes[name] ??= []
    cpuTimes[name].push((cpu.user + cpu.system) / 1000)
    if (graph.nodes.length === 0) throw new Error("an update returned an empty graph")
  }
  results[name] = times
}
console.log(
  JSON.stringify({
    notes: source.notes.length,
    results,
    cpuTimes,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    backToBack,
  }),
)
