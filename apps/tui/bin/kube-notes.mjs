#!/usr/bin/env node
// The kube-notes binary: the compiled CLI decides everything (sub-command, exit code). It is
// loaded from the build's bundle (dist/bundle/main.cjs, scripts/bundle-reader.mjs) through
// V8's code cache (src/cli/run-with-code-cache.ts), or from the compiled modules in dist/cli
// when the bundle was not made.
// A closed pipe (`kube-notes topics | head`) is a normal end, not a crash.
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"

for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0)
    throw error
  })
const bundle = fileURLToPath(new URL("../dist/bundle/main.cjs", import.meta.url))
const { main } = existsSync(bundle)
  ? (await import("../dist/cli/run-with-code-cache.js")).runWithCodeCache(bundle, process.argv.slice(2))
      .exports
  : await import("../dist/cli/main.js")
process.exitCode = await main(process.argv.slice(2))
