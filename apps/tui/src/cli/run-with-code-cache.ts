/**
 * Runs the CLI's bundle (one classic script, scripts/bundle-reader.mjs) with V8's code cache:
 * the bytecode of the functions an earlier run compiled, so this start parses and compiles
 * almost nothing. (Node 22's module.enableCompileCache does this for modules; Node 20 has no
 * such thing, and V8 serves a cache to classic scripts only.) bin/kube-notes.cjs calls it. The
 * cache is looked for
 *   1. in the user's cache, $XDG_CACHE_HOME/kube-notes/code-cache/, named for this bundle and
 *      this Node: written when a reader started without an accepted cache quits, so it is there
 *      only where the other was missing or refused (other V8 flags in NODE_OPTIONS, say);
 *   2. else beside the bundle, named for this Node: written by `pnpm build`
 *      (scripts/write-code-cache.mjs).
 * A cache V8 rejects (another Node, other V8 flags, another bundle) costs only the compile it
 * would have done anyway, and the user's copy is written again.
 */
import { isAscii } from "node:buffer"
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { homedir } from "node:os"
import { basename, dirname, join } from "node:path"
import { Script } from "node:vm"

/** What ran: the bundle's exports, and whether V8 took a cache for its code. */
export interface BundleRun {
  readonly exports: Record<string, unknown>
  readonly cache: "accepted" | "rejected" | "none"
}

/**
 * Evaluates `bundle` (a CommonJS file) with its code compiled from a cache when one is accepted;
 * `atExit` is where the cache of this run is written, when one is to be written: by default at
 * the process's exit, and only when stdout was a terminal (the reader drew; `kube-notes > file`
 * prints a plain list instead, whose cache would spare the reader little).
 */
export function runWithCodeCache(
  bundle: string,
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  atExit: (write: () => void) => void = (write) =>
    process.once("exit", () => {
      if (process.stdout.isTTY) write()
    }),
): BundleRun {
  const source = readSource(bundle)
  const { size, mtimeMs } = statSync(bundle)
  const tag = `${process.version}-${process.arch}`
  const beside = join(dirname(bundle), `${basename(bundle)}.${tag}.v8-cache`)
  const own = join(
    env.XDG_CACHE_HOME || join(homedir(), ".cache"),
    "kube-notes",
    "code-cache",
    `${basename(bundle)}.${tag}-${size}-${Math.floor(mtimeMs)}.v8-cache`,
  )
  // KUBE_NOTES_CODE_CACHE=0: neither read nor written (to measure a start without one).
  const off = env.KUBE_NOTES_CODE_CACHE === "0"
  const cachedData = off ? undefined : (readIfThere(own) ?? readIfThere(beside))
  const { script, cache } = compile(bundle, source, cachedData)
  // KUBE_NOTES_WRITE_CODE_CACHE: where the build wants the cache of this run (a first frame).
  const target = off ? undefined : env.KUBE_NOTES_WRITE_CODE_CACHE || (isReader(argv) ? own : undefined)
  if (target && (env.KUBE_NOTES_WRITE_CODE_CACHE || cache !== "accepted"))
    // At exit: by then the functions of the first frame (and of the rest of the run) have been
    // compiled, and V8 caches only compiled functions.
    atExit(() => writeCache(target, script))
  return { exports: evaluate(bundle, script), cache }
}

/**
 * A bundle beside the CLI's (core.cjs: scripts/core-bundle.mjs), run with the code cache
 * `pnpm build` wrote beside it when this Node accepts it: a build or check then compiles
 * almost none of core. Only that cache is read (none is written for the user: without it a
 * start compiles what it runs, as it did before). KUBE_NOTES_WRITE_CORE_CODE_CACHE: where the
 * build wants the cache of this run, written at exit; KUBE_NOTES_CODE_CACHE=0: none read.
 */
export function loadWithCodeCache(
  bundle: string,
  env: NodeJS.ProcessEnv = process.env,
  atExit: (write: () => void) => void = (write) => process.once("exit", write),
): BundleRun {
  const off = env.KUBE_NOTES_CODE_CACHE === "0"
  const beside = join(dirname(bundle), `${basename(bundle)}.${process.version}-${process.arch}.v8-cache`)
  const { script, cache } = compile(bundle, readSource(bundle), off ? undefined : readIfThere(beside))
  const target = env.KUBE_NOTES_WRITE_CORE_CODE_CACHE
  if (target && !off) atExit(() => writeCache(target, script))
  return { exports: evaluate(bundle, script), cache }
}

/** The bundle compiled as a CommonJS module's wrapper, from `cachedData` when V8 takes it. */
function compile(bundle: string, source: string, cachedData: Buffer | undefined) {
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  })
  const cache: BundleRun["cache"] =
    cachedData === undefined ? "none" : script.cachedDataRejected ? "rejected" : "accepted"
  return { script, cache }
}

/** Runs the compiled wrapper as Node runs a CommonJS module; returns its exports. */
function evaluate(bundle: string, script: Script): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> }
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void
  wrapper(module.exports, createRequire(bundle), module, bundle, dirname(bundle))
  return module.exports
}

/** The reader: `kube-notes` with options only (a sub-command's first frame is not cached). */
function isReader(argv: readonly string[]): boolean {
  return argv[0] === undefined || argv[0].startsWith("-")
}

/**
 * The bundle's text. It is ASCII only (scripts/bundle-reader.mjs escapes the rest), and ASCII
 * read as Latin-1 is the same text: Node copies those bytes as they are (≈ 10 ms less CPU
 * than decoding the 1.2 MB as UTF-8, which it does in V8's heap). Any other bytes (a bundle
 * built with KUBE_NOTES_BUNDLE_CHARSET=utf8) are decoded as UTF-8.
 */
function readSource(bundle: string): string {
  const bytes = readFileSync(bundle)
  return bytes.toString(isAscii(bytes) ? "latin1" : "utf8")
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}

function writeCache(file: string, script: Script): void {
  try {
    mkdirSync(dirname(file), { recursive: true })
    const temporary = `${file}.${process.pid}`
    writeFileSync(temporary, script.createCachedData())
    renameSync(temporary, file) // whole or not at all, should two readers quit at once
  } catch {
    // A cache that cannot be written (read-only home, full disk) only means no faster start.
  }
}
