// Writes V8's code cache beside the CLI's bundle (src/cli/run-with-code-cache.ts reads it): the reader is
// started in a pseudo-terminal (util-linux `script`) on the packaged notes and quit as soon as
// its first frame is drawn, so the cache holds the functions a first frame compiles. A second
// start, from that cache, opens the packaged graph.json with its first screen (`--graph`) and
// adds what that path compiles. Where `script` is missing or the reader does not draw, the
// build goes on without a cache: the reader then writes one in the user's cache at its exit.
// Last, core.cjs's own cache, from a cold `kube-notes build` of the packaged notes (at the end).
import { spawn, spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

const bin = fileURLToPath(new URL("../bin/kube-notes.cjs", import.meta.url))
const bundle = fileURLToPath(new URL("../dist/bundle/main.cjs", import.meta.url))
const cacheFile = `${bundle}.${process.version}-${process.arch}.v8-cache`
const packagedGraph = createRequire(bundle).resolve("@kube-notes/content/graph.json")

/** Runs the reader until its first frame, then quits it; true when it drew and quit. */
async function firstFrame(args) {
  const home = mkdtempSync(join(tmpdir(), "kube-notes-code-cache-"))
  const command = ["node", bin, ...args].map((a) => `'${a}'`).join(" ")
  const child = spawn("script", ["-qfec", `stty cols 100 rows 30; exec ${command}`, "/dev/null"], {
    env: {
      ...process.env,
      XDG_STATE_HOME: join(home, "state"),
      XDG_CACHE_HOME: join(home, "cache"),
      TERM: "xterm-256color",
      KUBE_NOTES_WRITE_CODE_CACHE: cacheFile,
    },
    stdio: ["pipe", "pipe", "ignore"],
  })
  const ended = new Promise((resolve) => {
    child.on("error", () => resolve(false))
    child.on("exit", (code) => resolve(code === 0))
  })
  let output = ""
  let quit = false
  child.stdout.on("data", (chunk) => {
    output += chunk.toString("utf8")
    if (!quit && (output.includes("? help") || output.includes("? 도움말"))) {
      quit = true
      child.stdin.write("q")
    }
  })
  const timer = setTimeout(() => child.kill(), 30_000)
  const ok = (await ended) && quit
  clearTimeout(timer)
  rmSync(home, { recursive: true, force: true })
  return ok
}

rmSync(cacheFile, { force: true })
if (!((await firstFrame([])) && (await firstFrame(["--graph", packagedGraph])))) {
  rmSync(cacheFile, { force: true })
  console.warn("kube-notes: no code cache written beside the bundle (the reader will write its own)")
}

// Core's bundle (core.cjs, scripts/core-bundle.mjs) gets a cache of its own, from a cold build
// of the packaged notes into a scratch folder: what a build or check compiles of core.
const coreBundle = fileURLToPath(new URL("../dist/bundle/core.cjs", import.meta.url))
const coreCacheFile = `${coreBundle}.${process.version}-${process.arch}.v8-cache`
rmSync(coreCacheFile, { force: true })
const scratch = mkdtempSync(join(tmpdir(), "kube-notes-core-cache-"))
const { KUBE_NOTES_WRITE_CODE_CACHE: _reader, ...env } = process.env
const built = spawnSync(process.execPath, [bin, "build", "--out", join(scratch, "out"), "--no-cache"], {
  env: { ...env, XDG_CACHE_HOME: join(scratch, "cache"), KUBE_NOTES_WRITE_CORE_CODE_CACHE: coreCacheFile },
  stdio: "ignore",
})
rmSync(scratch, { recursive: true, force: true })
if (built.status === null || !existsSync(coreCacheFile)) {
  rmSync(coreCacheFile, { force: true })
  console.warn("kube-notes: no code cache written beside core.cjs (builds compile core as they go)")
}
