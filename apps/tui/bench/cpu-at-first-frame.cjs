// Preloaded (`node -r`) by first-frame.mjs: writes the process's CPU time (user + system, all
// threads, process.cpuUsage) to $KUBE_NOTES_BENCH_CPU_FILE the moment the reader writes its
// first frame (the status line's key hints). Read from /proc by the bench once it has seen the
// frame, the figure also held whatever the reader did meanwhile (the whole graph's parse on the
// tick after the frame), more of it the busier the machine.
const { writeFileSync } = require("node:fs")

const file = process.env.KUBE_NOTES_BENCH_CPU_FILE
const write = process.stdout.write.bind(process.stdout)
let done = false
process.stdout.write = (chunk, ...rest) => {
  if (!done && file) {
    const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8")
    if (text.includes("? help") || text.includes("? 도움말")) {
      done = true
      const { user, system } = process.cpuUsage()
      writeFileSync(file, String((user + system) / 1000))
    }
  }
  return write(chunk, ...rest)
}
