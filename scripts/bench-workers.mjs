// How many vitest workers suit one package's tests, measured in one run:
// `node scripts/bench-workers.mjs PACKAGE_DIR [--workers 1,2] [--rounds N] [-- VITEST_ARGS]`
// runs `vitest run --maxWorkers=W` in PACKAGE_DIR for each W in turn, rounds interleaved, and
// prints wall, CPU (user + system of the process and every child it waited for) and the load
// average, then the medians. The package must be built (its tests read dist/). The flag does not
// reach a vitest project that inherits `maxWorkers` from its config (packages/robustness, apps/web):
// measure those by editing the project's value. Numbers: docs/testing.md.
import { spawn } from "node:child_process"
import { mkdtempSync, readFileSync } from "node:fs"
import { loadavg, tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { stripVTControlCharacters } from "node:util"

const dashes = process.argv.indexOf("--")
const args = process.argv.slice(2, dashes < 0 ? undefined : dashes)
const vitestArgs = dashes < 0 ? [] : process.argv.slice(dashes + 1)
const option = (name, fallback) => {
  const at = args.indexOf(name)
  return at < 0 ? fallback : args[at + 1]
}
const dir = args.find((a, i) => !a.startsWith("--") && !["--workers", "--rounds"].includes(args[i - 1]))
const workers = option("--workers", "1,2").split(",").map(Number)
const rounds = Number(option("--rounds", "1"))
if (!dir || workers.some((w) => !(w > 0)) || !(rounds > 0)) {
  console.error(
    "usage: node scripts/bench-workers.mjs PACKAGE_DIR [--workers 1,2] [--rounds N] [-- VITEST_ARGS]",
  )
  process.exit(2)
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]
const scratch = mkdtempSync(join(tmpdir(), "kube-notes-bench-workers-"))

async function runOnce(count) {
  const timeFile = join(scratch, `time-${count}`)
  const loads = [loadavg()[0]]
  const sampler = setInterval(() => loads.push(loadavg()[0]), 2000)
  const started = Date.now()
  const output = []
  const status = await new Promise((done) => {
    const child = spawn(
      "/usr/bin/time",
      [
        "-f",
        "TIME %U %S",
        "-o",
        timeFile,
        "pnpm",
        "exec",
        "vitest",
        "run",
        `--maxWorkers=${count}`,
        ...vitestArgs,
      ],
      { cwd: resolve(dir), stdio: ["ignore", "pipe", "pipe"] },
    )
    child.stdout.on("data", (c) => output.push(c))
    child.stderr.on("data", (c) => output.push(c))
    child.on("close", done)
  })
  clearInterval(sampler)
  const wall = (Date.now() - started) / 1000
  const [, user, sys] = readFileSync(timeFile, "utf8").match(/TIME (\S+) (\S+)/) ?? []
  const tests = stripVTControlCharacters(Buffer.concat(output).toString()).match(/Tests\s+([^\n]*)/)?.[1]
  return { count, status, wall, cpu: Number(user) + Number(sys), load: median(loads), tests }
}

const results = []
for (let round = 1; round <= rounds; round++)
  for (const count of workers) {
    const run = await runOnce(count)
    results.push(run)
    console.log(
      `round ${round}, ${count} worker(s): wall ${run.wall.toFixed(1)} s, CPU ${run.cpu.toFixed(1)} s,` +
        ` load ${run.load.toFixed(1)}, exit ${run.status}: ${run.tests}`,
    )
  }
console.log("\n| workers | runs | wall median | CPU median (user+sys) | load median |")
console.log("| --- | --- | --- | --- | --- |")
for (const count of workers) {
  const mine = results.filter((r) => r.count === count)
  console.log(
    `| ${count} | ${mine.length} | ${median(mine.map((r) => r.wall)).toFixed(1)} s |` +
      ` ${median(mine.map((r) => r.cpu)).toFixed(1)} s | ${median(mine.map((r) => r.load)).toFixed(1)} |`,
  )
}
