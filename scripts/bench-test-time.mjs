// What `pnpm test` costs, before and after a change, in one run:
// `node scripts/bench-test-time.mjs DIR [DIR...] [--rounds N] [-- TEST_ARGS]` runs `pnpm test`
// (scripts/test.mjs, with TEST_ARGS) from a fresh state (every ignored file but node_modules
// removed, vitest's kept timings too, an empty XDG cache, turbo's cache bypassed) in each checkout
// in turn, rounds interleaved, and prints per run its wall, CPU (user + system of every process),
// the load average while it ran, its closing line, the slowest turbo tasks and when each package's
// vitest ran. Each checkout needs `pnpm install --frozen-lockfile` first. Numbers: docs/testing.md.
import { spawn, spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { loadavg, tmpdir } from "node:os"
import { join, resolve } from "node:path"

// Everything after `--` goes to scripts/test.mjs in every checkout (e.g. `-- --concurrency=3`).
const dashes = process.argv.indexOf("--")
const args = process.argv.slice(2, dashes < 0 ? undefined : dashes)
const testArgs = dashes < 0 ? [] : process.argv.slice(dashes + 1)
const roundsAt = args.indexOf("--rounds")
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 1
const dirs = args
  .filter((a, i) => !a.startsWith("--") && (roundsAt < 0 || i !== roundsAt + 1))
  .map((d) => resolve(d))
if (dirs.length === 0 || !(rounds > 0)) {
  console.error("usage: node scripts/bench-test-time.mjs DIR [DIR...] [--rounds N]")
  process.exit(2)
}
for (const dir of dirs) {
  // A fresh state removes every untracked file: never in a checkout with work not yet added.
  const untracked = spawnSync("git", ["ls-files", "--others", "--exclude-standard"], {
    cwd: dir,
    encoding: "utf8",
  })
  if (untracked.stdout.trim() !== "") {
    console.error(`${dir}: untracked files would be removed; commit or move them first:\n${untracked.stdout}`)
    process.exit(2)
  }
  if (!existsSync(join(dir, "node_modules"))) {
    console.error(`${dir}: no node_modules; run pnpm install --frozen-lockfile there first`)
    process.exit(2)
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]
const s = (ms) => (ms / 1000).toFixed(1)

/** One `pnpm test` in `dir` from a fresh state, timed by /usr/bin/time. */
async function runOnce(dir, label) {
  spawnSync("git", ["clean", "-fdxq", "-e", "node_modules"], { cwd: dir, stdio: "inherit" })
  // vitest keeps each file's last duration under node_modules/.vite and starts the longest first:
  // a fresh clone has none, so neither does a run here.
  for (const group of ["packages", "apps", "."])
    for (const pkg of group === "." ? ["content", "."] : readdirSync(join(dir, group)))
      for (const cache of [".vite", ".vite-temp"])
        rmSync(join(dir, group, pkg, "node_modules", cache), { recursive: true, force: true })
  const scratch = mkdtempSync(join(tmpdir(), "kube-notes-test-time-"))
  const env = {
    ...process.env,
    XDG_CACHE_HOME: join(scratch, "cache"),
    XDG_STATE_HOME: join(scratch, "state"),
  }
  delete env.TERM
  delete env.CI
  const loads = [loadavg()[0]]
  const sampler = setInterval(() => loads.push(loadavg()[0]), 5000)
  const log = join(scratch, "test.log")
  const started = Date.now()
  const status = await new Promise((done) => {
    const child = spawn(
      "/usr/bin/time",
      [
        "-f",
        "TIME %e %U %S %M",
        "-o",
        join(scratch, "time"),
        "node",
        "scripts/test.mjs",
        "--force",
        "--summarize",
        ...testArgs,
      ],
      { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] },
    )
    const chunks = []
    child.stdout.on("data", (c) => chunks.push(c))
    child.stderr.on("data", (c) => chunks.push(c))
    child.on("close", (code) => {
      writeFileSync(log, Buffer.concat(chunks))
      done(code)
    })
  })
  clearInterval(sampler)
  const wall = Date.now() - started
  const [, user, sys, maxKb] =
    readFileSync(join(scratch, "time"), "utf8").match(/TIME \S+ (\S+) (\S+) (\S+)/) ?? []
  const text = readFileSync(log, "utf8")
  const closing = text.trim().split("\n").at(-1)
  const turboTime = text.match(/Time:\s+(\S+)/)?.[1]
  return {
    label,
    dir,
    status,
    wall,
    cpu: (Number(user) + Number(sys)) * 1000,
    user: Number(user) * 1000,
    sys: Number(sys) * 1000,
    maxRssMb: Math.round(Number(maxKb) / 1024),
    load: { start: loads[0], median: median(loads), max: Math.max(...loads) },
    closing,
    turboTime,
    log,
    tasks: turboTasks(dir),
    vitest: vitestTimeline(dir),
  }
}

/** Each turbo task's start and duration (ms) from the newest `--summarize` file. */
function turboTasks(dir) {
  const runs = join(dir, ".turbo", "runs")
  if (!existsSync(runs)) return []
  const newest = readdirSync(runs).sort().at(-1)
  const summary = JSON.parse(readFileSync(join(runs, newest), "utf8"))
  const t0 = Math.min(...summary.tasks.map((t) => t.execution?.startTime ?? Infinity))
  return summary.tasks
    .filter((t) => t.execution)
    .map((t) => ({
      task: t.taskId,
      start: t.execution.startTime - t0,
      ms: t.execution.endTime - t.execution.startTime,
    }))
    .sort((a, b) => a.start - b.start)
}

/** Each package's vitest: when it started, when its first file started and when its last ended. */
function vitestTimeline(dir) {
  const rows = []
  for (const group of ["packages", "apps", "."])
    for (const pkg of group === "." ? ["content"] : readdirSync(join(dir, group))) {
      const file = join(dir, group, pkg, "reports", "vitest.json")
      if (!existsSync(file)) continue
      const report = JSON.parse(readFileSync(file, "utf8"))
      const files = report.testResults ?? []
      rows.push({
        pkg: join(group, pkg),
        start: report.startTime,
        firstFile: Math.min(...files.map((f) => f.startTime)),
        end: Math.max(...files.map((f) => f.endTime)),
      })
    }
  return rows.sort((a, b) => a.start - b.start)
}

function print(run) {
  console.log(`\n## ${run.label} (${run.dir})`)
  console.log(
    `wall ${s(run.wall)} s (turbo ${run.turboTime}), CPU ${s(run.cpu)} s (user ${s(run.user)} + sys ${s(run.sys)}),` +
      ` load start/median/max ${run.load.start.toFixed(1)}/${run.load.median.toFixed(1)}/${run.load.max.toFixed(1)},` +
      ` exit ${run.status}: ${run.closing}`,
  )
  console.log("slowest turbo tasks (start, duration, s):")
  for (const t of [...run.tasks].sort((a, b) => b.ms - a.ms).slice(0, 12))
    console.log(`  ${s(t.start).padStart(6)} ${s(t.ms).padStart(6)}  ${t.task}`)
  if (run.vitest.length > 0) {
    const t0 = Math.min(...run.vitest.map((r) => r.start))
    console.log("vitest per package (start, first file, end; s after the first vitest started):")
    for (const r of run.vitest)
      console.log(
        `  ${r.pkg.padEnd(22)} ${s(r.start - t0).padStart(6)} ${s(r.firstFile - t0).padStart(6)} ${s(r.end - t0).padStart(6)}`,
      )
  }
  console.log(`log: ${run.log}`)
}

const results = []
for (let round = 1; round <= rounds; round++)
  for (const dir of dirs) {
    const head = spawnSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: dir,
      encoding: "utf8",
    }).stdout.trim()
    const run = await runOnce(dir, `round ${round}, ${head}`)
    results.push(run)
    print(run)
  }

console.log("\n| checkout | runs | wall median | CPU median (user+sys) | load median | closing line |")
console.log("| --- | --- | --- | --- | --- | --- |")
for (const dir of dirs) {
  const mine = results.filter((r) => r.dir === dir)
  console.log(
    `| ${dir} | ${mine.length} | ${s(median(mine.map((r) => r.wall)))} s | ${s(median(mine.map((r) => r.cpu)))} s |` +
      ` ${median(mine.map((r) => r.load.median)).toFixed(1)} | ${mine.at(-1).closing} |`,
  )
}
