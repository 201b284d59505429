/** The machine a run was made on: figures are only comparable on the same kind of machine. */
import { execFileSync } from "node:child_process"
import { availableParallelism, cpus, loadavg, totalmem } from "node:os"

export function describeMachine() {
  const cpu = cpus()[0]
  return {
    cpu: cpu?.model.trim() ?? "unknown",
    cores: availableParallelism(),
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
    commit: gitCommit(),
    date: new Date().toISOString(),
  }
}

/** The 1-minute load average now: other processes on the machine skew wall times. */
export function currentLoad() {
  return Math.round(loadavg()[0] * 100) / 100
}

function gitCommit() {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim()
  } catch {
    return "unknown"
  }
}
