#!/usr/bin/env node
// The kube-notes binary (package.json's `bin`): the compiled CLI decides everything (sub-command,
// exit code). It is loaded from the build's bundle (dist/bundle/main.cjs,
// scripts/bundle-reader.mjs) through V8's code cache (src/cli/run-with-code-cache.ts, bundled
// beside it as run-with-code-cache.cjs), or from the compiled modules in dist/cli when the
// bundle was not made. A CommonJS file: Node starts it without its ES module loader, which an
// .mjs entry initialises first (≈ 10 ms of the reader's start, docs/benchmarks.md); nothing on
// the bundle's path needs it. bin/kube-notes.mjs runs this file, for callers that name it.
// A closed pipe (`kube-notes topics | head`) is a normal end, not a crash.
"use strict"
const { existsSync } = require("node:fs")
const { join } = require("node:path")

for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0)
    throw error
  })
const argv = process.argv.slice(2)
const bundle = join(__dirname, "../dist/bundle/main.cjs")
const loader = join(__dirname, "../dist/bundle/run-with-code-cache.cjs")
const cli =
  existsSync(bundle) && existsSync(loader)
    ? Promise.resolve(require(loader).runWithCodeCache(bundle, argv).exports)
    : import("../dist/cli/main.js")
cli
  .then(({ main }) => main(argv))
  .then((code) => {
    process.exitCode = code
  })
