// Every export of the site (the package build, the browser tests' hostile and style-corpus
// exports, robustness' export, the benchmark) is built by one `next build` configuration into one
// staging folder and then moved to its place: Turbopack's build cache (.next/cache) is keyed by
// the configuration, so a build whose only difference is where its export goes would otherwise
// compile the whole app again. One build at a time may use the staging folder, so builds take
// this lock (a directory: `mkdir` either creates it or fails, atomically) for the build and the move.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"

/** Whether a process with this id still runs (signal 0 only checks). */
function isRunning(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === "EPERM"
  }
}

function tryLock(dir) {
  try {
    mkdirSync(dir)
  } catch (error) {
    if (error.code !== "EEXIST") throw error
    let holder = Number.NaN
    try {
      holder = Number(readFileSync(join(dir, "pid"), "utf8"))
    } catch {
      // Created but the pid not written yet: the holder is starting; wait for it.
      return false
    }
    if (isRunning(holder)) return false
    // Left by a build that died: take it over.
    rmSync(dir, { recursive: true, force: true })
    return tryLock(dir)
  }
  writeFileSync(join(dir, "pid"), String(process.pid))
  return true
}

/** Runs `work` while holding the lock directory `dir`, waiting for another build to finish. */
export async function withExportLock(dir, work, onWait = () => {}) {
  let waited = false
  while (!tryLock(dir)) {
    if (!waited) onWait()
    waited = true
    await sleep(250)
  }
  try {
    return await work()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
