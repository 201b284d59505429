// Runs one stage of the benchmark as a whole process (Node start included) and returns its
// wall time and CPU time (user + sys of the finished children, from /proc/self/stat: every
// build worker Next spawns is counted, and it is steadier than wall time on a shared machine).
import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"

const childCpu = () => {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ")
  return (Number(fields[13]) + Number(fields[14])) / 100
}

/** Every `next build` in apps/web shares `.next/lock`, so a busy lock is waited for. */
export function runStage(args, { cwd, env }) {
  for (;;) {
    const cpu = childCpu()
    const started = performance.now()
    const result = spawnSync(process.execPath, args, { cwd, env, encoding: "utf8", maxBuffer: 1 << 28 })
    const wall = (performance.now() - started) / 1000
    if (result.status === 0) return { wall, cpu: childCpu() - cpu, stdout: result.stdout }
    if (/Another next build process is already running/.test(result.stdout + result.stderr)) {
      process.stderr.write("  (another next build holds .next/lock: waiting)\n")
      spawnSync("sleep", ["5"])
      continue
    }
    process.stderr.write(result.stdout + result.stderr)
    throw new Error(`${args.join(" ")} failed`)
  }
}

/** Two stages run one after the other, as one. */
export const sumStages = (a, b) => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu })
