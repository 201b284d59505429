// The hand-over between the site build's two halves when scripts/build-site.mjs runs them at once
// (scripts/lib/site-build-halves.mjs). Prepare says when everything the build step reads before
// and while `next build` runs is written (graph.json, the bodies, the settings, the images);
// it then goes on with core's caches, the search index and the graph view. The build step starts
// then, and waits for prepare's end only where it copies the search index and the graph view into
// the export. Each half run on its own (the tests, `pnpm dev`, the benchmarks of one half) has no
// orchestrator: the environment variable is unset and nothing here waits or sends anything.
// Messages go over the IPC channel the orchestrator opens to each child.

/** Set by the orchestrator: "announce" for prepare, "wait" for the build step. */
export const HANDOFF_ENV = "KUBE_NOTES_WEB_HANDOFF"
export const MESSAGES = {
  /** prepare → orchestrator: the build step may start. */
  ready: "next-input-ready",
  /** build step → orchestrator: it listens (a message sent before would be lost). */
  listening: "listening",
  /** orchestrator → build step: prepare finished, every file of the data folder is written. */
  prepared: "prepared",
  /** orchestrator → build step: prepare failed. */
  failed: "prepare-failed",
}

/** In prepare: tells the orchestrator, if there is one, that the build step may start. */
export function announceBuildInputReady() {
  if (process.env[HANDOFF_ENV] === "announce" && process.send) process.send({ type: MESSAGES.ready })
}

/**
 * In the build step: resolves once prepare has finished (at once with no orchestrator), rejects if
 * it failed. Await it before reading what prepare writes last. It says it listens first, so the
 * orchestrator answers only then (a message sent before anyone listens would be lost).
 * @returns {Promise<void>}
 */
export function preparedData() {
  if (process.env[HANDOFF_ENV] !== "wait" || !process.send) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const finish = (settle) => {
      // Without listeners the channel no longer keeps this process alive.
      process.off("message", onMessage)
      process.off("disconnect", onDisconnect)
      settle()
    }
    const onMessage = (message) => {
      if (message?.type === MESSAGES.prepared) finish(resolve)
      else if (message?.type === MESSAGES.failed)
        finish(() => reject(new Error("prepare failed: the site's data folder is incomplete")))
    }
    const onDisconnect = () =>
      finish(() => reject(new Error("the site build stopped before prepare finished")))
    process.on("message", onMessage)
    process.once("disconnect", onDisconnect)
    process.send?.({ type: MESSAGES.listening })
  })
}
