#!/usr/bin/env node
/**
 * Where the cold build's peak memory comes: runs probes/cold-memory-trace.mjs (read, analyse on
 * every core, assemble, write — what `kube-notes build --no-cache` does) for BEFORE's core and
 * this checkout's, rounds interleaved, while sampling the process's RSS (every thread) from
 * /proc every 10 ms. Prints, per side, each phase's peak RSS and the main thread's heap at
 * the mark that ends it, and the whole run's wall, CPU and peak.
 *
 *   node bench/cold-memory-phases.mjs BEFORE [--notes 5000] [--rounds 1] [--core NAME=DIST]…
 *
 * BEFORE is a built checkout of another commit (its packages/core/dist is used); `--core`
 * adds a side with another built core folder. Linux only (reads /proc/PID/status).
 */
import { spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { coreSides, loadAverages } from "./lib/core-sides.mjs"

const here = dirname(fileURLToPath(import.meta.url))
const { notes, rounds, sides, corpus } = coreSides({ notes: 5000, rounds: 1 })
const load = loadAverages
console.log(`corpus ${notes} notes, ${rounds} rounds; load at start ${load()}`)

const results = {}
for (let round = 0; round < rounds; round++)
  for (const [side, dist] of Object.entries(sides)) {
    const out = mkdtempSync(join(tmpdir(), `kn-phases-${side}-`))
    try {
      const run = await trace(dist, out)
      results[side] = [...(results[side] ?? []), run]
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  }
console.log(`load at end ${load()}`)

for (const [side, runs] of Object.entries(results))
  runs.forEach((run, index) => {
    console.log(
      `\n**${side}**, round ${index + 1}: wall ${(run.wallMs / 1000).toFixed(2)} s, CPU ${(run.cpuMs / 1000).toFixed(2)} s, peak RSS ${run.peakMB} MB (kernel's maxRSS ${run.maxRssMB} MB)\n`,
    )
    console.log(
      "| phase (ends at mark) | ends at | CPU in phase | peak RSS in phase (sampled) | maxRSS so far | RSS at mark | heap used / total | external (buffers) |",
    )
    console.log("| --- | --- | --- | --- | --- | --- | --- | --- |")
    let cpuBefore = 0
    for (const phase of run.phases) {
      const cpu = typeof phase.cpuMs === "number" ? `${((phase.cpuMs - cpuBefore) / 1000).toFixed(2)} s` : "–"
      if (typeof phase.cpuMs === "number") cpuBefore = phase.cpuMs
      console.log(
        `| ${phase.mark} | ${(phase.ms / 1000).toFixed(2)} s | ${cpu} | ${phase.peakMB} MB | ${phase.maxRssMB} MB | ${phase.rssMB} MB | ${phase.heapUsedMB} / ${phase.heapTotalMB} MB | ${phase.externalMB} (${phase.arrayBuffersMB}) MB |`,
      )
    }
    console.log(`\nserial tail (the analysis's end to "written"): ${tail(run)}`)
  })

// What follows the last analysis (assembly and writing): the part of the build that
// the main thread ran alone before the worker built fragments too.
for (const [side, runs] of Object.entries(results)) {
  const tails = runs.map(tailOf).filter(Boolean)
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  if (tails.length > 0)
    console.log(
      `\n${side}: serial tail, median of ${tails.length}: wall ${(median(tails.map((t) => t.wallMs)) / 1000).toFixed(2)} s, CPU ${(median(tails.map((t) => t.cpuMs)) / 1000).toFixed(2)} s; whole run: wall ${(median(runs.map((r) => r.wallMs)) / 1000).toFixed(2)} s, CPU ${(median(runs.map((r) => r.cpuMs)) / 1000).toFixed(2)} s`,
    )
}

function tailOf(run) {
  const from = run.phases.find((phase) => phase.mark.startsWith("analysed"))
  const to = run.phases.find((phase) => phase.mark === "written")
  return from && to ? { wallMs: to.at - from.at, cpuMs: to.cpuMs - from.cpuMs } : undefined
}

function tail(run) {
  const t = tailOf(run)
  return t ? `wall ${(t.wallMs / 1000).toFixed(2)} s, CPU ${(t.cpuMs / 1000).toFixed(2)} s` : "–"
}

/** One probe run; RSS sampled from /proc until it exits, then cut into phases by its marks. */
function trace(dist, out) {
  return new Promise((resolveRun, reject) => {
    const started = Date.now()
    const child = spawn(process.execPath, [join(here, "probes/cold-memory-trace.mjs"), corpus, out, dist], {
      stdio: ["ignore", "ignore", "pipe"],
    })
    const samples = []
    const status = `/proc/${child.pid}/status`
    const timer = setInterval(() => {
      try {
        const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(status, "utf8"))
        if (match) samples.push({ at: Date.now(), kB: Number(match[1]) })
      } catch {
        // Exited between two samples.
      }
    }, 10)
    let stderr = ""
    child.stderr.on("data", (d) => {
      stderr += d
    })
    child.on("error", reject)
    // The kernel's peak for the child, every thread, from its rusage when it ends.
    child.on("exit", (code) => {
      clearInterval(timer)
      const wallMs = Date.now() - started
      const lines = stderr.split("\n").filter((line) => line.startsWith("{"))
      const marks = lines.map((line) => JSON.parse(line)).filter((m) => m.mark)
      if (code !== 0 || marks.at(-1)?.mark !== "written") {
        reject(new Error(`trace failed (exit ${code}): ${stderr.slice(-800)}`))
        return
      }
      const end = marks.at(-1)
      const phases = []
      let from = 0
      for (const m of marks) {
        const inPhase = samples.filter((s) => s.at >= from && s.at <= m.at).map((s) => s.kB)
        phases.push({
          ...m,
          ms: m.at - started,
          peakMB: inPhase.length > 0 ? Math.round(Math.max(...inPhase) / 1024) : m.rssMB,
        })
        from = m.at
      }
      const last = samples.filter((s) => s.at > from).map((s) => s.kB)
      if (last.length > 0)
        phases.push({
          mark: "exit",
          at: Date.now(),
          ms: wallMs,
          peakMB: Math.round(Math.max(...last) / 1024),
          rssMB: "–",
          maxRssMB: "–",
          heapUsedMB: "–",
          heapTotalMB: "–",
          externalMB: "–",
          arrayBuffersMB: "–",
        })
      resolveRun({
        wallMs,
        cpuMs: end.cpuMs,
        maxRssMB: end.maxRssMB,
        peakMB: Math.round(Math.max(...samples.map((s) => s.kB)) / 1024),
        phases,
      })
    })
  })
}
