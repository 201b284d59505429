/**
 * `@kube-notes/core/dir`: build a folder and write its output — what `kube-notes build` needs,
 * and nothing that loads the Markdown parser before a note has to be parsed. A warm build of
 * an unchanged folder never loads it. Everything else is in `@kube-notes/core`.
 */
export { formatDiagnostic } from "./diagnostics.ts"
export type { DirBuildOptions } from "./pipeline/build-dir.ts"
export { buildGraphFromDir } from "./pipeline/build-dir.ts"
export { defaultCacheDir } from "./pipeline/disk-cache.ts"
export type { BuiltGraph } from "./pipeline/graph-bodies.ts"
export type { GraphSummary } from "./pipeline/graph-summary.ts"
export { summarizeGraph } from "./pipeline/graph-summary.ts"
export type { WrittenOutput } from "./pipeline/write-output.ts"
export { writeGraphOutput } from "./pipeline/write-output.ts"
