#!/usr/bin/env node
// The kube-notes binary: the compiled CLI in ../dist decides everything (sub-command, exit code).
// A closed pipe (`kube-notes topics | head`) is a normal end, not a crash.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0)
    throw error
  })
const { main } = await import("../dist/cli/main.js")
process.exitCode = await main(process.argv.slice(2))
