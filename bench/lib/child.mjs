/**
 * Runs one measurement in a fresh Node process, so each figure starts from a cold heap and
 * its peak memory (maxRSS, every thread included) is its own. The probe prints one JSON line.
 */
import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

const PROBES = fileURLToPath(new URL("../probes/", import.meta.url))

export function runProbe(probe, args, { timeoutMs = 300_000, env = {} } = {}) {
  return runNode([`${PROBES}${probe}`, ...args.map(String)], { timeoutMs, env }).then(
    ({ stdout, code, stderr }) => {
      const line = stdout.trim().split("\n").at(-1) ?? ""
      if (code !== 0 || !line.startsWith("{"))
        throw new Error(
          `probe ${probe} ${args.join(" ")} failed (exit ${code}): ${stderr.trim().slice(-800)}`,
        )
      return JSON.parse(line)
    },
  )
}

/**
 * Times a whole command (node start included) from the parent; a preloaded module reports
 * the child's peak memory and CPU time on exit to a file descriptor we read back.
 */
export async function runCommand(args, { timeoutMs = 300_000, env = {} } = {}) {
  const started = performance.now()
  const result = await runNode(["--import", `${PROBES}report-usage.mjs`, ...args], {
    timeoutMs,
    env: { ...env, KUBE_NOTES_BENCH_USAGE: "3" },
    usageFd: true,
  })
  const wallMs = performance.now() - started
  const usage = result.usage ? JSON.parse(result.usage) : {}
  return { wallMs, code: result.code, stdout: result.stdout, stderr: result.stderr, ...usage }
}

function runNode(args, { timeoutMs, env, usageFd = false }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...env },
      stdio: usageFd ? ["ignore", "pipe", "pipe", "pipe"] : ["ignore", "pipe", "pipe"],
    })
    const chunks = { stdout: "", stderr: "", usage: "" }
    child.stdout.on("data", (d) => {
      chunks.stdout += d
    })
    child.stderr.on("data", (d) => {
      chunks.stderr += d
    })
    if (usageFd)
      child.stdio[3].on("data", (d) => {
        chunks.usage += d
      })
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs)
    child.on("error", reject)
    child.on("close", (code) => {
      clearTimeout(timer)
      resolve({ code, ...chunks })
    })
  })
}
