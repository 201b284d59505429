// Runs the site build's two halves — prepare (scripts/prepare-content.mjs) and the build step
// (scripts/next-build.mjs) — overlapped: the build step starts as soon as prepare says the files it
// reads first are written (scripts/lib/prepare-handoff.mjs), so its start, the note rendering and
// `next build`'s single-threaded stretches run while prepare writes core's caches, the search index
// and the graph view; the build step waits for prepare's end only where it copies those into the
// export. On a small machine each half leaves a core idle at times; run one after the other, those
// stretches added up.
// Failures: prepare failing before the build step started fails the build (nothing started);
// failing after stops the build step's whole process group (Next and its workers too), before it
// moves an export into place. The build step failing lets prepare finish (its data folder and
// caches stay whole for the next build) and fails the build with the build step's code.
import { spawn } from "node:child_process"
import { HANDOFF_ENV, MESSAGES } from "./prepare-handoff.mjs"

/**
 * @param {{ prepare: string[], build: string[], cwd: string, env?: NodeJS.ProcessEnv, log?: (line: string) => void }} options
 *   `prepare` and `build`: each half's arguments to this Node binary.
 * @returns {Promise<{ code: number, prepareEnded: number, buildStarted?: number, buildEnded?: number, buildWaited?: number }>}
 *   the exit code for the whole build (0 when both halves succeeded), when each half ran (ms from
 *   the start), and how long the build step waited for prepare's end (0: prepare's tail was hidden).
 */
export function runSiteBuildHalves({ prepare, build, cwd, env = process.env, log = () => {} }) {
  const started = performance.now()
  const now = () => Math.round(performance.now() - started)
  return new Promise((resolve) => {
    /** @type {number | undefined} */
    let prepareCode
    /** @type {number | undefined} */
    let buildCode
    /** @type {import("node:child_process").ChildProcess | undefined} */
    let builder
    let listening = false
    /** @type {{ prepareEnded: number, buildStarted?: number, buildEnded?: number, buildWaited?: number }} */
    const times = { prepareEnded: 0 }
    let listenedAt = 0

    const finishIfDone = () => {
      if (prepareCode === undefined || (builder && buildCode === undefined)) return
      removeSignalHandlers()
      const code = prepareCode !== 0 ? prepareCode : (buildCode ?? 1)
      resolve({ code, ...times })
    }
    /** Tells a listening build step how prepare ended. */
    const answer = () => {
      if (!builder?.connected || !listening || prepareCode === undefined) return
      times.buildWaited = now() - listenedAt
      builder.send({ type: prepareCode === 0 ? MESSAGES.prepared : MESSAGES.failed })
    }
    /** Stops the build step and everything it started (its own process group). */
    const stopBuild = (signal = "SIGTERM") => {
      if (!builder || buildCode !== undefined || builder.pid === undefined) return
      try {
        process.kill(-builder.pid, signal)
      } catch {
        // Already gone.
      }
    }
    const startBuild = () => {
      if (builder) return
      times.buildStarted = now()
      builder = spawn(process.execPath, build, {
        cwd,
        env: { ...env, [HANDOFF_ENV]: "wait" },
        stdio: ["inherit", "inherit", "inherit", "ipc"],
        // A group of its own, so a failed prepare stops `next build` and its workers with it.
        detached: true,
      })
      builder.on("message", (message) => {
        if (message?.type !== MESSAGES.listening) return
        listening = true
        listenedAt = now()
        answer()
      })
      builder.once("error", (error) => {
        log(`the build step did not start: ${error.message}`)
        buildCode ??= 1
        finishIfDone()
      })
      builder.once("exit", (code, signal) => {
        times.buildEnded = now()
        buildCode = code ?? (signal ? 1 : 0)
        finishIfDone()
      })
    }

    const preparer = spawn(process.execPath, prepare, {
      cwd,
      env: { ...env, [HANDOFF_ENV]: "announce" },
      stdio: ["inherit", "inherit", "inherit", "ipc"],
    })
    preparer.on("message", (message) => {
      if (message?.type === MESSAGES.ready) startBuild()
    })
    preparer.once("error", (error) => {
      log(`prepare did not start: ${error.message}`)
      prepareCode ??= 1
      finishIfDone()
    })
    preparer.once("exit", (code, signal) => {
      times.prepareEnded = now()
      prepareCode = code ?? (signal ? 1 : 0)
      if (prepareCode !== 0) {
        stopBuild()
        answer()
      } else {
        // A prepare that never announced (nothing to overlap) still hands over at its end.
        startBuild()
        answer()
      }
      finishIfDone()
    })

    // Stopped from outside (Ctrl-C reaches only this process group): stop both halves.
    const onSignal = (signal) => {
      stopBuild(signal)
      preparer.kill(signal)
    }
    const signals = ["SIGINT", "SIGTERM", "SIGHUP"]
    for (const signal of signals) process.on(signal, onSignal)
    const removeSignalHandlers = () => {
      for (const signal of signals) process.off(signal, onSignal)
    }
  })
}
