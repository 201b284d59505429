#!/usr/bin/env node
// The kube-notes binary: the compiled CLI decides everything (sub-command, exit code). It is
// loaded from the build's bundle (dist/bundle/, scripts/bundle-reader.mjs), or from the
// compiled modules in dist/cli when the bundle was not made.
// A closed pipe (`kube-notes topics | head`) is a normal end, not a crash.
import { existsSync } from "node:fs"

for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0)
    throw error
  })
const bundle = new URL("../dist/bundle/main.mjs", import.meta.url)
const { main } = await import(existsSync(bundle) ? bundle.href : "../dist/cli/main.js")
process.exitCode = await main(process.argv.slice(2))
