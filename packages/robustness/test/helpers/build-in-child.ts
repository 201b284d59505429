/**
 * Runs scripts/build-dir.mjs on a folder in a child process and returns its JSON line. A build
 * that hangs is killed at `timeoutMs`, so it fails the test instead of stalling the suite.
 */
import { execFile } from "node:child_process"
import { mkdir, writeFile } from "node:fs/promises"
import { fileURLToPath } from "node:url"

export interface ChildBuildResult {
  dir: string
  buildMs?: number
  totalMs: number
  maxRssMiB: number
  nodes?: number
  edges?: number
  noteIds?: string[]
  rules?: string[]
  jsonBytes?: number
  problems?: { path: string; message: string }[]
  buildError?: string
  validateError?: string
  jsonError?: string
}

export const packageRoot = fileURLToPath(new URL("../../", import.meta.url))
const script = `${packageRoot}scripts/build-dir.mjs`

export function buildInChild(dir: string, timeoutMs: number, threads?: number): Promise<ChildBuildResult> {
  const args = [script, dir, ...(threads ? [String(threads)] : [])]
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const line = stdout.trim().split("\n").at(-1) ?? ""
        try {
          resolve(JSON.parse(line) as ChildBuildResult)
        } catch {
          reject(new Error(`build-dir.mjs did not finish (${error?.message ?? "no output"}):\n${stderr}`))
        }
      },
    )
  })
}

/** Keeps a measurement in reports/ for docs/robustness.md and docs/benchmarks.md (never asserted). */
export async function recordMeasurement(name: string, result: ChildBuildResult & Record<string, unknown>) {
  await mkdir(`${packageRoot}reports/measurements`, { recursive: true })
  const { dir: _dir, ...kept } = result
  await writeFile(`${packageRoot}reports/measurements/${name}.json`, `${JSON.stringify(kept, null, 2)}\n`)
}
