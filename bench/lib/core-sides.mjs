/**
 * What the benches that compare built cores share: the command line
 * `BEFORE [--notes N] [--rounds R] [--core NAME=DIST]…`, the sides it names (BEFORE's
 * packages/core/dist, each `--core` folder, then this checkout's), and the generated corpus of
 * N notes (seed 42, cached under this checkout's node_modules/.cache).
 */
import { loadavg } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { ensureCorpus } from "./corpus.mjs"

const benchDir = dirname(dirname(fileURLToPath(import.meta.url)))
const repoRoot = dirname(benchDir)

/** The generated corpus of `notes` notes every root bench measures (seed 42). */
export const benchCorpus = (notes) =>
  ensureCorpus({
    cacheRoot: join(repoRoot, "node_modules/.cache/kube-notes-bench"),
    generator: join(benchDir, "gen-corpus.mjs"),
    notes,
    seed: 42,
  }).dir

/** The 1-, 5- and 15-minute load averages, as the benches print them. */
export const loadAverages = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(" / ")

/**
 * Parses the command line; `sides` maps each side's name to a built core folder, in run order.
 * A missing BEFORE leaves the "before" side out.
 */
export function coreSides({ notes: defaultNotes, rounds: defaultRounds }) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      notes: { type: "string" },
      rounds: { type: "string" },
      core: { type: "string", multiple: true },
    },
  })
  const sides = {}
  if (positionals[0]) sides.before = join(resolve(positionals[0]), "packages/core/dist")
  for (const spec of values.core ?? []) {
    const [name, dist] = spec.split("=")
    sides[name] = resolve(dist)
  }
  sides.after = join(repoRoot, "packages/core/dist")
  const notes = Number(values.notes ?? defaultNotes)
  return { notes, rounds: Number(values.rounds ?? defaultRounds), sides, corpus: benchCorpus(notes) }
}
