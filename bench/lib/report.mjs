/** The `## Core` section of docs/benchmarks.md, and the targets of issue 6, from one run's results. */
import { MODES } from "./build-bench.mjs"
import { mb, ms, ratio, table, withSpread } from "./format.mjs"

const size = (n) => n.toLocaleString("en-US")

export function evaluateTargets(results) {
  const sizes = Object.keys(results.builds)
    .map(Number)
    .sort((a, b) => a - b)
  const targets = []
  const wall = (n, mode) => results.builds[n]?.modes[mode]?.wallMs.median
  for (const n of sizes) {
    const cold = wall(n, "pool") / wall(n, "bare")
    targets.push({
      name: `cold build ≤ 1.0× bare parse, ${size(n)} notes`,
      value: ratio(cold),
      met: cold <= 1,
    })
    const warm = wall(n, "warm") / wall(n, "bare")
    targets.push({
      name: `warm rebuild ≤ 0.1× bare parse, ${size(n)} notes`,
      value: ratio(warm),
      met: warm <= 0.1,
    })
  }
  const [small, large] = [sizes[0], sizes.at(-1)]
  const oneNote = results.updates[large]?.changes["edit text"]?.median
  if (oneNote !== undefined)
    targets.push({
      name: `one-note update < 50 ms, ${size(large)} notes`,
      value: ms(oneNote),
      met: oneNote < 50,
    })
  if (small !== large) {
    for (const [label, get] of [
      ["cold build", (n) => wall(n, "pool")],
      ["warm rebuild", (n) => wall(n, "warm")],
      ["one-note update", (n) => results.updates[n]?.changes["edit text"]?.median],
    ]) {
      const growth = get(large) / get(small)
      const limit = (5.5 * large) / 5000
      targets.push({
        name: `${label}: ${size(large)} within ${limit}× the ${size(small)} figure`,
        value: ratio(growth),
        met: growth <= limit,
      })
    }
    const peak = Math.max(
      ...["pool", "single", "prime", "warm"].map(
        (mode) => results.builds[large].modes[mode]?.maxRssMB.max ?? 0,
      ),
      results.updates[large]?.maxRssMB ?? 0,
    )
    targets.push({ name: `peak memory < 1 GB, ${size(large)} notes`, value: mb(peak), met: peak < 1024 })
  }
  return targets
}

export function renderCore(results, targets) {
  const { machine } = results
  const parts = []
  parts.push(
    `Run ${machine.date.slice(0, 16).replace("T", " ")} UTC at commit \`${machine.commit}\` with \`${results.command}\`.`,
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node} (${machine.platform}); load average at start ${machine.loadAverage.join(" / ")} (1/5/15 min).`,
    "Each figure is the median of separate Node processes, with min–max and spread ((max−min)/median). Wall times include reading the files; CPU counts every thread. Ratios divide medians measured in the same run, the modes interleaved round by round. The corpus is `bench/gen-corpus.mjs` (seed 42).",
  )
  parts.push(
    "### Targets (issue 6)",
    table(
      ["target", "measured", "met"],
      targets.map((t) => [t.name, t.value, t.met ? "yes" : "**no**"]),
    ),
  )
  for (const [n, build] of Object.entries(results.builds)) {
    const bare = build.modes.bare.wallMs.median
    const bareCpu = build.modes.bare.cpuMs.median
    parts.push(
      `### Graph build, ${size(Number(n))} notes (${(build.bytes / 1e6).toFixed(1)} MB)`,
      table(
        ["stage", "wall (median, min–max)", "CPU", "peak RSS", "wall ÷ bare parse", "CPU ÷ bare parse"],
        Object.entries(MODES).map(([mode, label]) => {
          const m = build.modes[mode]
          return [
            label,
            withSpread(m.wallMs),
            ms(m.cpuMs.median),
            mb(m.maxRssMB.max),
            ratio(m.wallMs.median / bare),
            ratio(m.cpuMs.median / bareCpu),
          ]
        }),
      ),
      `Graph: ${build.graph ? `${size(build.graph.nodes)} nodes, ${size(build.graph.edges)} edges, ${size(build.graph.diagnostics)} diagnostics, ${build.graph.jsonMB.toFixed(0)} MB of JSON` : "—"}; identical from workers, one thread and the cache: ${build.identicalGraphs ? "yes" : "**no**"}. Load average during the runs: ${build.loadDuring.min}–${build.loadDuring.max}.`,
    )
  }
  const sizes = Object.keys(results.updates)
  if (sizes.length > 0) {
    const names = Object.keys(results.updates[sizes[0]].changes)
    parts.push(
      "### Updates (the watch path: `builder.update` after a build)",
      table(
        ["change", ...sizes.map((n) => `${size(Number(n))} notes (median, min–max)`)],
        names.map((name) => [name, ...sizes.map((n) => withSpread(results.updates[n].changes[name]))]),
      ),
      `Peak RSS of the update process: ${sizes.map((n) => `${mb(results.updates[n].maxRssMB)} at ${size(Number(n))} notes`).join(", ")}.`,
    )
  }
  if (results.cli.available) {
    const sizesCli = Object.keys(results.cli.sizes)
    const names = Object.keys(results.cli.sizes[sizesCli[0]])
    parts.push(
      "### The `kube-notes` command (whole processes, Node start included)",
      table(
        ["command", ...sizesCli.flatMap((n) => [`${size(Number(n))} notes: wall`, "CPU", "peak RSS"])],
        names.map((name) => [
          `\`${name}\``,
          ...sizesCli.flatMap((n) => {
            const m = results.cli.sizes[n][name]
            return [withSpread(m.wallMs), ms(m.cpuMs.median), mb(m.maxRssMB.max)]
          }),
        ]),
      ),
      "`--content DIR --out TMP`, `XDG_CACHE_HOME` set to a fresh folder filled by one unmeasured build.",
    )
  } else parts.push("### The `kube-notes` command", `Not measured: ${results.cli.reason}`)
  if (results.notes) parts.push("### Notes", results.notes)
  return parts.join("\n\n")
}
