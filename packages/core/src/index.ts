export { analyzeNote } from "./analyze/analyze-note.ts"
export { ANALYSIS_VERSION, parseMarkdown } from "./analyze/processor.ts"
export type { NoteAnalysis, SectionAnalysis, TermCandidate } from "./analyze/types.ts"
export type { GlossaryEntry } from "./assemble/glossary.ts"
export { readGlossary } from "./assemble/glossary.ts"
export type { RuleId } from "./diagnostics.ts"
export { compareDiagnostics, createDiagnostic, formatDiagnostic, RULES } from "./diagnostics.ts"
export type { DirBuildOptions } from "./pipeline/build-graph.ts"
export { buildGraph, buildGraphFromDir, createDirBuilder } from "./pipeline/build-graph.ts"
export { createDiskCache, defaultCacheDir } from "./pipeline/disk-cache.ts"
export type {
  AnalysisCache,
  AnalyzeMany,
  FileChanges,
  GraphBuilder,
  GraphBuilderOptions,
} from "./pipeline/graph-builder.ts"
export { createGraphBuilder, hashFile } from "./pipeline/graph-builder.ts"
export type { WorkerPoolOptions } from "./pipeline/worker-pool.ts"
export { createParallelAnalyzer } from "./pipeline/worker-pool.ts"
export type { ReadDirOptions } from "./source/read-dir.ts"
export { CONFIG_FILE, readContentDir } from "./source/read-dir.ts"
export type { ContentSource, SourceFile } from "./source/types.ts"
export { createMemorySource, isNotePath } from "./source/types.ts"
