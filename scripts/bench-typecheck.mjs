// What tsc costs in the packages that build with it, before and after a change, in one run:
// `node scripts/bench-typecheck.mjs BEFORE AFTER [--rounds N]` runs, in each checkout in turn
// (rounds interleaved), every such package's build tsc and then its `typecheck` script, each timed
// by /usr/bin/time, and prints wall and CPU (user + system) per package and in all, with the load
// average. Nothing is written inside BEFORE (its build emits into a temporary folder; its
// typecheck emits nothing); in AFTER each build is a full one (the build info is removed first).
// Both checkouts need `pnpm install --frozen-lockfile` and their dependencies built (dist/).
// Numbers: docs/testing.md.
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { loadavg, tmpdir } from "node:os"
import { join, resolve } from "node:path"

// The packages whose `build` is tsc, in dependency order (a typecheck reads the built declarations
// of the packages before it).
const PACKAGES = [
  "packages/graph",
  "packages/messages",
  "packages/core",
  "packages/search",
  "packages/study",
  "apps/tui",
]

const args = process.argv.slice(2)
const roundsAt = args.indexOf("--rounds")
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 1
const dirs = args
  .filter((a, i) => !a.startsWith("--") && (roundsAt < 0 || i !== roundsAt + 1))
  .map((d) => resolve(d))
if (dirs.length !== 2 || !(rounds > 0)) {
  console.error("usage: node scripts/bench-typecheck.mjs BEFORE AFTER [--rounds N]")
  process.exit(2)
}
const [before, after] = dirs
for (const dir of dirs)
  if (!existsSync(join(dir, "node_modules/.bin/tsc"))) {
    console.error(`${dir}: no node_modules; run pnpm install --frozen-lockfile there first`)
    process.exit(2)
  }

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]

/** Runs `command` in `cwd` under /usr/bin/time; returns wall and CPU seconds, or throws. */
function timed(command, cwd, root) {
  const out = join(mkdtempSync(join(tmpdir(), "kube-notes-tsc-time-")), "time")
  const env = {
    ...process.env,
    PATH: `${join(cwd, "node_modules/.bin")}:${join(root, "node_modules/.bin")}:${process.env.PATH}`,
  }
  const run = spawnSync("/usr/bin/time", ["-f", "%e %U %S", "-o", out, "sh", "-c", command], {
    cwd,
    env,
    encoding: "utf8",
  })
  if (run.status !== 0) throw new Error(`${cwd}: ${command} failed:\n${run.stdout}${run.stderr}`)
  const [wall, user, sys] = readFileSync(out, "utf8").trim().split("\n").at(-1).split(" ").map(Number)
  return { wall, cpu: user + sys }
}

/** One checkout: each package's build tsc, then its typecheck script. */
function measure(root) {
  const rows = []
  for (const pkg of PACKAGES) {
    const cwd = join(root, pkg)
    const { typecheck } = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8")).scripts
    let build
    if (root === before) {
      const scratch = mkdtempSync(join(tmpdir(), "kube-notes-tsc-out-"))
      build = timed(`tsc -p tsconfig.build.json --outDir ${scratch}`, cwd, root)
      rmSync(scratch, { recursive: true, force: true })
    } else {
      for (const info of ["dist/tsconfig.build.tsbuildinfo", "tsconfig.test.tsbuildinfo"])
        rmSync(join(cwd, info), { force: true })
      build = timed("tsc -p tsconfig.build.json", cwd, root)
    }
    rows.push({ pkg, build, typecheck: timed(typecheck, cwd, root) })
  }
  return rows
}

const results = { [before]: [], [after]: [] }
for (let round = 1; round <= rounds; round++)
  for (const dir of dirs) {
    const load = loadavg()[0]
    const rows = measure(dir)
    results[dir].push({ load, rows })
    const sum = (key) => rows.reduce((s, r) => s + r[key].cpu, 0)
    console.log(
      `round ${round} ${dir === before ? "before" : "after "} (load ${load.toFixed(1)}): build CPU ${sum("build").toFixed(1)} s,` +
        ` typecheck CPU ${sum("typecheck").toFixed(1)} s, both ${(sum("build") + sum("typecheck")).toFixed(1)} s`,
    )
  }

console.log("\n| package | before: build / typecheck CPU (s) | after: build / typecheck CPU (s) |")
console.log("| --- | --- | --- |")
const cell = (dir, pkg, key) =>
  median(results[dir].map((r) => r.rows.find((x) => x.pkg === pkg)[key].cpu)).toFixed(1)
for (const pkg of PACKAGES)
  console.log(
    `| ${pkg} | ${cell(before, pkg, "build")} / ${cell(before, pkg, "typecheck")} | ${cell(after, pkg, "build")} / ${cell(after, pkg, "typecheck")} |`,
  )
const total = (dir) =>
  median(results[dir].map((r) => r.rows.reduce((s, x) => s + x.build.cpu + x.typecheck.cpu, 0))).toFixed(1)
const wall = (dir) =>
  median(results[dir].map((r) => r.rows.reduce((s, x) => s + x.build.wall + x.typecheck.wall, 0))).toFixed(1)
console.log(
  `| all six, build + typecheck (median) | ${total(before)} s CPU, ${wall(before)} s wall | ${total(after)} s CPU, ${wall(after)} s wall |`,
)
