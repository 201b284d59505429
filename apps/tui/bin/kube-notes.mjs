#!/usr/bin/env node
// The kube-notes binary: the compiled CLI in ../dist decides everything (sub-command, exit code).
import { main } from "../dist/cli/main.js"

process.exitCode = await main(process.argv.slice(2))
