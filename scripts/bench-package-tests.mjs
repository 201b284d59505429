// One package's `pnpm test` (its vitest, as turbo runs it), before and after a change, in one run:
// `node scripts/bench-package-tests.mjs BEFORE AFTER --package DIR [--rounds N]` runs the test
// script of DIR (e.g. packages/robustness) in each checkout in turn, rounds interleaved, and
// prints wall, CPU (user + system of the process and every child it waited for), the load
// average, the test count and the files that ran longest. Both checkouts must be built (their
// tests read dist/). It writes the package's reports/ in each checkout. Numbers: docs/testing.md.
import { spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { loadavg, tmpdir } from "node:os"
import { join, relative, resolve } from "node:path"
import { stripVTControlCharacters } from "node:util"

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(name)
  return at < 0 ? fallback : args[at + 1]
}
const pkg = option("--package")
const rounds = Number(option("--rounds", "1"))
const dirs = args.filter((a, i) => !a.startsWith("--") && !["--package", "--rounds"].includes(args[i - 1]))
if (!pkg || dirs.length === 0 || !(rounds > 0)) {
  console.error("usage: node scripts/bench-package-tests.mjs DIR [DIR...] --package PACKAGE_DIR [--rounds N]")
  process.exit(2)
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]
const scratch = mkdtempSync(join(tmpdir(), "kube-notes-bench-package-"))

async function runOnce(dir, round) {
  const cwd = join(resolve(dir), pkg)
  const timeFile = join(scratch, `time-${round}`)
  // vitest orders files by the durations it kept from the last run: a fresh clone has none.
  for (const cache of [".vite", ".vite-temp"])
    rmSync(join(cwd, "node_modules", cache), { recursive: true, force: true })
  const loads = [loadavg()[0]]
  const sampler = setInterval(() => loads.push(loadavg()[0]), 2000)
  const started = Date.now()
  const output = []
  const env = { ...process.env }
  delete env.TERM
  delete env.CI
  const status = await new Promise((done) => {
    const child = spawn("/usr/bin/time", ["-f", "TIME %U %S", "-o", timeFile, "pnpm", "test"], {
      cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    })
    child.stdout.on("data", (c) => output.push(c))
    child.stderr.on("data", (c) => output.push(c))
    child.on("close", done)
  })
  clearInterval(sampler)
  const wall = (Date.now() - started) / 1000
  const [, user, sys] = readFileSync(timeFile, "utf8").match(/TIME (\S+) (\S+)/) ?? []
  const tests = stripVTControlCharacters(Buffer.concat(output).toString()).match(/Tests\s+([^\n]*)/)?.[1]
  const report = JSON.parse(readFileSync(join(cwd, "reports", "vitest.json"), "utf8"))
  const files = report.testResults
    .map((f) => ({ file: relative(cwd, f.name), s: (f.endTime - f.startTime) / 1000 }))
    .sort((a, b) => b.s - a.s)
    .slice(0, 4)
  return { dir, status, wall, cpu: Number(user) + Number(sys), load: median(loads), tests, files }
}

const results = []
for (let round = 1; round <= rounds; round++)
  for (const dir of dirs) {
    const run = await runOnce(dir, round)
    results.push(run)
    console.log(
      `round ${round}, ${dir}: wall ${run.wall.toFixed(1)} s, CPU ${run.cpu.toFixed(1)} s,` +
        ` load ${run.load.toFixed(1)}, exit ${run.status}: ${run.tests}\n  longest files: ` +
        run.files.map((f) => `${f.file} ${f.s.toFixed(1)} s`).join(", "),
    )
  }
console.log(`\n| checkout (${pkg}) | runs | wall median | CPU median (user+sys) | load median |`)
console.log("| --- | --- | --- | --- | --- |")
for (const dir of dirs) {
  const mine = results.filter((r) => r.dir === dir)
  console.log(
    `| ${dir} | ${mine.length} | ${median(mine.map((r) => r.wall)).toFixed(1)} s |` +
      ` ${median(mine.map((r) => r.cpu)).toFixed(1)} s | ${median(mine.map((r) => r.load)).toFixed(1)} |`,
  )
}
