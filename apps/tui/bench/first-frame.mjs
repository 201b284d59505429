#!/usr/bin/env node
// Time to first frame and idle memory of the kube-notes reader, in a real pseudo-terminal
// (util-linux `script`), on the original notes and on a generated 1,000-note corpus.
//
//   node bench/first-frame.mjs [RUNS] [all|original|graph|first-open]   (pnpm -F @kube-notes/tui bench)
//   KUBE_NOTES_BIN=/path/to/bin/kube-notes.mjs node bench/first-frame.mjs [RUNS]
//   KUBE_NOTES_BEFORE_BIN=/path/to/older/bin/kube-notes.mjs node bench/first-frame.mjs [RUNS]
//     (before and after in one run, interleaved run by run: a row for each)
//
// "First frame" is from spawning `node bin/kube-notes.cjs` (package.json's bin) (Node's own start-up included)
// until the status line's key hints appear on the terminal. Idle memory is the reader's
// resident set size one second after that frame, with nothing pressed.
import { execFileSync, spawn } from "node:child_process"
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { buildGraphFromDir, writeGraphOutput } from "@kube-notes/core"

const runs = Number(process.argv[2] ?? 5)
// Which rows: all (default), or only "original" (no 1,000-note corpus needed), "graph" (both
// 1,000-note rows) or "first-open" (the 1,000-note first open alone).
const only = process.argv[3] ?? "all"
// KUBE_NOTES_BIN: time another build of the binary (an older commit's, for before/after).
const bin = process.env.KUBE_NOTES_BIN ?? fileURLToPath(new URL("../bin/kube-notes.cjs", import.meta.url))
const bins = process.env.KUBE_NOTES_BEFORE_BIN
  ? [
      // KUBE_NOTES_BEFORE_GRAPH: the same notes' graph.json as the older build wrote it (its format).
      { name: "before", path: process.env.KUBE_NOTES_BEFORE_BIN, graph: process.env.KUBE_NOTES_BEFORE_GRAPH },
      { name: "after", path: bin },
    ]
  : [{ name: "", path: bin }]
// The corpus generator: the repository's copy of ../shared/bench/gen-corpus.mjs (bench/gen-corpus.mjs).
const cpuPreload = fileURLToPath(new URL("./cpu-at-first-frame.cjs", import.meta.url))
const genCorpus = fileURLToPath(new URL("../../../bench/gen-corpus.mjs", import.meta.url))

async function measure(bin, args) {
  const env = {
    ...process.env,
    XDG_STATE_HOME: mkdtempSync(join(tmpdir(), "kn-bench-state-")),
    // A fresh, empty cache and state per run: a first open (no saved page).
    XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), "kn-bench-cache-")),
    TERM: "xterm-256color",
  }
  const cpuFile = join(env.XDG_STATE_HOME, "cpu-at-first-frame")
  env.KUBE_NOTES_BENCH_CPU_FILE = cpuFile
  const command = ["node", "-r", cpuPreload, bin, ...args].map((a) => `'${a}'`).join(" ")
  const started = performance.now()
  const child = spawn("script", ["-qfec", `stty cols 100 rows 30; exec ${command}`, "/dev/null"], {
    env,
    stdio: ["pipe", "pipe", "inherit"],
  })
  let output = ""
  const frameMs = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no frame after 20 s; output: ${output.slice(-500)}`)),
      20_000,
    )
    child.stdout.on("data", (chunk) => {
      output += chunk.toString("utf8")
      if (output.includes("? help") || output.includes("? 도움말")) {
        clearTimeout(timer)
        resolve(performance.now() - started)
      }
    })
  })
  const nodePid = execFileSync("pgrep", ["-P", String(child.pid)], { encoding: "utf8" })
    .trim()
    .split("\n")[0]
  // CPU time (user + system, every thread) the reader spent to get there, taken in the reader
  // as it writes the frame (bench/cpu-at-first-frame.cjs): unlike wall time, it barely moves
  // when other work shares the machine.
  const cpuMs = Number(readFileSync(cpuFile, "utf8"))
  await new Promise((resolve) => setTimeout(resolve, 1000))
  const status = readFileSync(`/proc/${nodePid}/status`, "utf8")
  const rssMb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
  child.stdin.write("q")
  await new Promise((resolve) => child.on("exit", resolve))
  return { frameMs, rssMb, cpuMs }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function bench(label, args, target) {
  // Warm the file cache: we measure the reader, not the disk.
  const argsOf = (b) => (b.graph ? args.map((arg) => (arg === graphFile ? b.graph : arg)) : args)
  for (const b of bins) await measure(b.path, argsOf(b))
  const results = bins.map(() => [])
  for (let run = 0; run < runs; run++)
    for (const [i, b] of bins.entries()) results[i].push(await measure(b.path, argsOf(b)))
  for (const [i, b] of bins.entries()) {
    const name = b.name ? `${label}, ${b.name}` : label
    const frame = median(results[i].map((r) => r.frameMs))
    const rss = median(results[i].map((r) => r.rssMb))
    const cpu = median(results[i].map((r) => r.cpuMs))
    const max = Math.max(...results[i].map((r) => r.frameMs))
    console.log(
      `| ${name} | ${frame.toFixed(0)} ms (max ${max.toFixed(0)}) | ${cpu.toFixed(0)} ms | ${target} ms | ${rss.toFixed(0)} MB | ${frame < target ? "met" : "MISSED"} |`,
    )
  }
}

// In this checkout's node_modules/.cache, not the shared /tmp: another checkout may hold a
// graph of another schema there.
const benchDir = fileURLToPath(new URL("../node_modules/.cache/kube-notes-bench/", import.meta.url))
const corpusDir = join(benchDir, "corpus-1000")
if (!existsSync(corpusDir)) execFileSync("node", [genCorpus, corpusDir, "1000"], { stdio: "inherit" })
// graph.json and its bodies/ folder, as `kube-notes build` writes them.
const outDir = join(benchDir, "graph-1000")
// KUBE_NOTES_BENCH_GRAPH: another graph.json of the same notes (an older schema, for before/after).
const graphFile = process.env.KUBE_NOTES_BENCH_GRAPH ?? join(outDir, "graph.json")
// Written again when missing or left by an older writer (graph.json is encoded since: edgeKinds).
const current =
  existsSync(graphFile) &&
  readFileSync(graphFile, "utf8").includes('"edgeKinds":') &&
  existsSync(join(outDir, "first-screen.json"))
if (!process.env.KUBE_NOTES_BENCH_GRAPH && !current)
  await writeGraphOutput(outDir, await buildGraphFromDir(corpusDir))
const graphMb = (readFileSync(graphFile).length / 1e6).toFixed(1)

const { loadavg } = await import("node:os")
console.log(
  `Node ${process.version}, ${runs} runs each (median), 100×30 pty; 1,000-note graph.json is ${graphMb} MB; load average ${loadavg()[0].toFixed(1)}`,
)
console.log("| Notes | First frame (wall) | CPU to first frame | Target | Idle RSS | |")
console.log("| --- | --- | --- | --- | --- | --- |")
if (only === "all" || only === "original") await bench("original note (`kube-notes`)", [], 300)
if (only === "original") process.exit(0)
await bench("1,000 notes, first open (`kube-notes --graph graph.json`)", ["--graph", graphFile], 300)
// The same graph.json and bodies without first-screen.json beside them: the whole graph is
// parsed before the first frame, as when the reader reopens at a saved page elsewhere.
const wholeDir = join(benchDir, "graph-1000-whole")
if (!process.env.KUBE_NOTES_BENCH_GRAPH && only !== "first-open") {
  rmSync(wholeDir, { recursive: true, force: true })
  mkdirSync(wholeDir, { recursive: true })
  copyFileSync(graphFile, join(wholeDir, "graph.json"))
  symlinkSync(join(outDir, "bodies"), join(wholeDir, "bodies"))
  await bench(
    "1,000 notes, no first-screen.json (whole graph first)",
    ["--graph", join(wholeDir, "graph.json")],
    300,
  )
}
console.log(`load average at the end ${loadavg()[0].toFixed(1)}`)
