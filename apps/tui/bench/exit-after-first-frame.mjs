// Preloaded with `node --import` by profile-first-frame.mjs: ends the process as soon as the
// reader's first frame (the status line's key hints) is written, so a --cpu-prof profile
// holds exactly the work up to the first frame and nothing after it.
// process.reallyExit as it is now: Ink's signal-exit wraps it later to unmount (a second render).
const reallyExit = process.reallyExit.bind(process)
const write = process.stdout.write.bind(process.stdout)
process.stdout.write = (chunk, ...rest) => {
  const result = write(chunk, ...rest)
  const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8")
  if (text.includes("? help") || text.includes("? 도움말")) reallyExit(0)
  return result
}
