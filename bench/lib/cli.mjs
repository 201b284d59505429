/**
 * `kube-notes check` and `kube-notes build` as a user runs them: whole processes, Node's
 * start and module loading included, with their own cache folder.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { runCommand } from "./child.mjs"
import { summarizeRuns } from "./stats.mjs"

export function findCli(repoRoot) {
  const bin = join(repoRoot, "apps/tui/bin/kube-notes.mjs")
  const compiled = join(repoRoot, "apps/tui/dist/cli/main.js")
  return existsSync(bin) && existsSync(compiled) ? bin : undefined
}

/** Commands in the order they run each round: a cold build fills the cache the others read. */
export function cliCommands(bin, dir, out) {
  return [
    { name: "kube-notes --version", args: [bin, "--version"] },
    {
      name: "kube-notes build --no-cache",
      args: [bin, "build", "--content", dir, "--out", out, "--no-cache"],
    },
    { name: "kube-notes build (warm cache)", args: [bin, "build", "--content", dir, "--out", out] },
    { name: "kube-notes check (warm cache)", args: [bin, "check", "--content", dir] },
  ]
}

export async function measureCli(bin, dir, rounds) {
  const out = mkdtempSync(join(tmpdir(), "kube-notes-bench-out-"))
  const cache = mkdtempSync(join(tmpdir(), "kube-notes-bench-xdg-"))
  const runs = {}
  try {
    // One unmeasured build fills the cache, so the first warm round is warm too.
    await runCommand([bin, "build", "--content", dir, "--out", out], { env: { XDG_CACHE_HOME: cache } })
    for (let round = 0; round < rounds; round++) {
      for (const command of cliCommands(bin, dir, out)) {
        const result = await runCommand(command.args, { env: { XDG_CACHE_HOME: cache }, timeoutMs: 600_000 })
        // check exits 1 when the notes have errors (the corpus has broken links on purpose).
        if (result.code !== 0 && result.code !== 1)
          throw new Error(`${command.name} exited ${result.code}: ${result.stderr.trim().slice(-600)}`)
        runs[command.name] ??= []
        runs[command.name].push({
          wallMs: result.wallMs,
          cpuMs: result.cpuMs,
          maxRssMB: result.maxRssMB,
          exit: result.code,
        })
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true })
    rmSync(cache, { recursive: true, force: true })
  }
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [name, { ...summarizeRuns(list), exit: list[0].exit }]),
  )
}
