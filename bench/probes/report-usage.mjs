/**
 * Preloaded into a whole command (`node --import report-usage.mjs …`): on exit, writes the
 * process's peak memory and CPU time as JSON to the file descriptor the bench opened.
 */
import { writeSync } from "node:fs"
import { isMainThread } from "node:worker_threads"

const fd = Number(process.env.KUBE_NOTES_BENCH_USAGE)
// Worker threads load this module too; only the main thread reports (for the whole process).
if (isMainThread && Number.isInteger(fd))
  process.on("exit", () => {
    const usage = process.resourceUsage()
    try {
      writeSync(
        fd,
        JSON.stringify({
          maxRssMB: usage.maxRSS / 1024,
          cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
        }),
      )
    } catch {
      // Not started by the bench: nothing to report to.
    }
  })
