#!/usr/bin/env node
// Checks that two builds of the kube-notes binary print the same: each sub-command's stdout,
// stderr and exit code, `kube-notes build`'s files (first-screen.json's recorded graph.json
// mtime aside), and the reader's first frame, byte for byte, in a 100×30 pseudo-terminal
// (util-linux `script`), on the packaged notes and on the 1,000-note graph that
// bench/first-frame.mjs builds (run that first).
//
//   node bench/compare-output.mjs BEFORE/apps/tui/bin/kube-notes.mjs [AFTER_BIN]
//
// Exits 1 when anything differs, and says what.
import { spawn, spawnSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

const [before, after = fileURLToPath(new URL("../bin/kube-notes.cjs", import.meta.url))] =
  process.argv.slice(2)
if (!before) throw new Error("usage: node bench/compare-output.mjs BEFORE_BIN [AFTER_BIN]")
const graph = fileURLToPath(
  new URL("../node_modules/.cache/kube-notes-bench/graph-1000/graph.json", import.meta.url),
)
const clean = fileURLToPath(new URL("../test/fixtures/clean", import.meta.url))
let differ = 0
const report = (what, same) => {
  if (!same) differ++
  console.log(`${same ? "same   " : "DIFFERS"} ${what}`)
}

const commands = [
  ["--help"],
  ["--version"],
  [],
  ["topics"],
  ["terms"],
  ["commands"],
  ["stats"],
  ["path"],
  ["search", "파드"],
  ["show", "note:kubernetes-intro-install"],
  ["cards", "--json"],
  ["check", "--content", clean],
  ["topics", "--graph", graph],
  ["stats", "--graph", graph],
  ["search", "--graph", graph, "스케줄링"],
  ["frobnicate"],
]
const run = (bin, args) => {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  })
  return JSON.stringify([r.status, r.stdout, r.stderr])
}
for (const args of commands) report(`kube-notes ${args.join(" ")}`, run(before, args) === run(after, args))

// `build`: the same files with the same bytes; first-screen.json records graph.json's mtime.
const built = (bin) => {
  const out = mkdtempSync(join(tmpdir(), "kn-compare-build-"))
  const status = spawnSync(process.execPath, [bin, "build", "--content", clean, "--out", out]).status
  const files = readdirSync(out, { recursive: true }).sort()
  return JSON.stringify([
    status,
    files.map((f) => {
      try {
        const text = readFileSync(join(out, f), "utf8")
        return [f, f === "first-screen.json" ? text.replace(/"graphMtimeMs":[\d.]+/, "") : text]
      } catch {
        return [f] // a folder
      }
    }),
  ])
}
report("kube-notes build (every file)", built(before) === built(after))

/** The bytes the reader writes up to its first frame's key hints, then `q`. */
async function firstFrame(bin, args, lang) {
  const command = ["node", bin, ...args].map((a) => `'${a}'`).join(" ")
  const child = spawn("script", ["-qfec", `stty cols 100 rows 30; exec ${command}`, "/dev/null"], {
    env: {
      ...process.env,
      LANG: lang,
      XDG_STATE_HOME: mkdtempSync(join(tmpdir(), "kn-compare-state-")),
      XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), "kn-compare-cache-")),
      TERM: "xterm-256color",
    },
    stdio: ["pipe", "pipe", "inherit"],
  })
  const chunks = []
  const hints = /\? (help|도움말)[^\n]*/
  const frame = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${bin}: no first frame after 20 s`)), 20_000)
    child.stdout.on("data", (chunk) => {
      chunks.push(chunk)
      // Decoded whole: a chunk may end inside a multi-byte character.
      const text = Buffer.concat(chunks).toString("utf8")
      const found = hints.exec(text)
      if (!found) return
      clearTimeout(timer)
      resolve(text.slice(0, found.index + found[0].length))
    })
  })
  child.stdin.write("q")
  await new Promise((resolve) => child.on("exit", resolve))
  return frame
}
for (const args of [[], ["--graph", graph]])
  for (const lang of ["C.UTF-8", "en_US.UTF-8"])
    report(
      `first frame, kube-notes ${args.join(" ")} (LANG=${lang})`,
      (await firstFrame(before, args, lang)) === (await firstFrame(after, args, lang)),
    )
console.log(differ === 0 ? "all the same" : `${differ} differ`)
process.exitCode = differ === 0 ? 0 : 1
