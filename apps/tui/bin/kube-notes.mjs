#!/usr/bin/env node
// The kube-notes binary as it was first named: runs bin/kube-notes.cjs (package.json's `bin`),
// for the scripts and benchmarks that start this path.
import "./kube-notes.cjs"
