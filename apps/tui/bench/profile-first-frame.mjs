#!/usr/bin/env node
// A CPU profile of the reader up to its first frame, in a real pseudo-terminal, and a summary
// of where the time went (self time by function, inclusive time by module).
//
//   node bench/profile-first-frame.mjs original            (the packaged note: `kube-notes`)
//   node bench/profile-first-frame.mjs graph [--cached]    (1,000 notes: `kube-notes --graph`)
//
// Run bench/first-frame.mjs once first: it builds the 1,000-note graph this uses. The
// profile (.cpuprofile, open it in Chrome's DevTools) is written under
// node_modules/.cache/kube-notes-bench/profiles/.
import { spawn } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

const [which = "original", flag] = process.argv.slice(2)
const bin = fileURLToPath(new URL("../bin/kube-notes.cjs", import.meta.url))
const preload = fileURLToPath(new URL("./exit-after-first-frame.mjs", import.meta.url))
const benchDir = fileURLToPath(new URL("../node_modules/.cache/kube-notes-bench/", import.meta.url))
const graphFile = join(benchDir, "graph-1000", "graph.json")
const profileDir = join(benchDir, "profiles", `${which}${flag ? "-cached" : ""}-${Date.now()}`)
mkdirSync(profileDir, { recursive: true })
const args = which === "graph" ? ["--graph", graphFile] : []
const cacheHome = mkdtempSync(join(tmpdir(), "kn-prof-cache-"))

async function run(nodeFlags) {
  const command = ["node", ...nodeFlags, "--import", preload, bin, ...args].map((a) => `'${a}'`).join(" ")
  const child = spawn("script", ["-qfec", `stty cols 100 rows 30; exec ${command}`, "/dev/null"], {
    env: {
      ...process.env,
      XDG_STATE_HOME: mkdtempSync(join(tmpdir(), "kn-prof-state-")),
      XDG_CACHE_HOME: cacheHome,
      TERM: "xterm-256color",
    },
    stdio: ["pipe", "ignore", "inherit"],
  })
  await new Promise((resolve) => child.on("exit", resolve))
}

// --cached: a first run writes the reader's cache (it needs a second after the graph loads).
if (flag === "--cached") {
  await run([])
  await run(["-e", "0"]).catch(() => {})
}
await run(["--cpu-prof", `--cpu-prof-dir=${profileDir}`, "--cpu-prof-interval=200"])
const file = readdirSync(profileDir).find((f) => f.endsWith(".cpuprofile"))
if (!file) throw new Error(`no profile in ${profileDir}`)
summarise(JSON.parse(readFileSync(join(profileDir, file), "utf8")))
console.log(`profile: ${join(profileDir, file)}`)

function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const self = new Map()
  const inclusive = new Map()
  let total = 0
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000
    total += dt
    const frame = byId.get(id).callFrame
    const name = `${frame.functionName || "(anon)"} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`
    self.set(name, (self.get(name) ?? 0) + dt)
    const seen = new Set()
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const url = shortUrl(byId.get(at).callFrame.url) || "(native)"
      if (seen.has(url)) continue
      seen.add(url)
      inclusive.set(url, (inclusive.get(url) ?? 0) + dt)
    }
  })
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms  ${k}`)
      .join("\n")
  console.log(`sampled ${total.toFixed(0)} ms (wall, profiler on)\nself time, top 40:\n${top(self, 40)}`)
  console.log(`inclusive time by module, top 25:\n${top(inclusive, 25)}`)
}

function shortUrl(url) {
  return url
    .replace(/^file:\/\//, "")
    .replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, "")
    .replace(/.*\/apps\/tui\//, "")
}
