// What `pnpm test`'s typecheck costs, nine processes against one, in one run:
// `node scripts/bench-typecheck-all.mjs [--rounds N]` runs, rounds interleaved, (A) every
// package's own `typecheck` script one after another, as turbo ran them before, and (B)
// scripts/typecheck-all.mjs, the one `tsc -b` `pnpm test` runs now. The tests' build infos are
// removed before each, so both check everything (as on a fresh clone). Needs the packages built.
// Prints wall and CPU (user + system, children included) per run and the load. Numbers: docs/testing.md.
import { execFileSync, spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { loadavg } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const at = process.argv.indexOf("--rounds")
const rounds = at >= 0 ? Number(process.argv[at + 1]) : 2
// The packages whose typecheck scripts tsconfig.typecheck.json gathers (its references), in its order.
const solution = readFileSync(join(root, "tsconfig.typecheck.json"), "utf8").replace(/^\s*\/\/.*$/gm, "")
const PACKAGES = JSON.parse(solution).references.map((reference) => dirname(reference.path))

function forgetBuildInfos() {
  execFileSync(
    "find",
    [
      ...["packages", "apps", "content"],
      ...[
        "-name",
        "tsconfig*.tsbuildinfo",
        "-not",
        "-path",
        "*/dist/*",
        "-not",
        "-path",
        "*/node_modules/*",
        "-delete",
      ],
    ],
    { cwd: root },
  )
}

/** Runs `command` under /usr/bin/time; returns wall and CPU seconds. */
function timed(command) {
  const run = spawnSync("/usr/bin/time", ["-f", "%e %U %S", "bash", "-c", command], {
    cwd: root,
    encoding: "utf8",
  })
  if (run.status !== 0) throw new Error(`${command} failed:\n${run.stdout}${run.stderr}`)
  const [wall, user, sys] = run.stderr.trim().split("\n").at(-1).split(" ").map(Number)
  return { wall, cpu: user + sys }
}

const SIDES = {
  "nine typecheck scripts": PACKAGES.map(
    (dir) => `(cd ${dir} && pnpm --silent run typecheck >/dev/null)`,
  ).join(" && "),
  "one tsc -b (typecheck-all)": "node scripts/typecheck-all.mjs >/dev/null",
}
for (let round = 1; round <= rounds; round++)
  for (const [name, command] of Object.entries(SIDES)) {
    forgetBuildInfos()
    const { wall, cpu } = timed(command)
    console.log(
      `round ${round}, ${name}: ${wall.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU (load ${loadavg()[0].toFixed(1)})`,
    )
  }
