export { analyzeNote } from "./analyze/analyze-note.ts"
export { ANALYSIS_VERSION, parseMarkdown } from "./analyze/processor.ts"
export type { NoteAnalysis, SectionAnalysis, TermCandidate } from "./analyze/types.ts"
export type { GlossaryEntry } from "./assemble/glossary.ts"
export { readGlossary } from "./assemble/glossary.ts"
export type { RuleId } from "./diagnostics.ts"
export { compareDiagnostics, createDiagnostic, formatDiagnostic, RULES } from "./diagnostics.ts"
export type { DirBuildOptions, DirBuiltGraph } from "./pipeline/build-dir.ts"
export { buildGraphFromDir } from "./pipeline/build-dir.ts"
export { buildGraph, createDirBuilder } from "./pipeline/build-graph.ts"
export { createDiskCache, defaultCacheDir } from "./pipeline/disk-cache.ts"
export type { BuiltGraph, GraphBodies } from "./pipeline/graph-bodies.ts"
export { createBodies } from "./pipeline/graph-bodies.ts"
export type {
  AnalysisCache,
  AnalyzeMany,
  FileChanges,
  GraphBuilder,
  GraphBuilderOptions,
} from "./pipeline/graph-builder.ts"
export { createGraphBuilder, hashFile } from "./pipeline/graph-builder.ts"
export { encodeGraphBytes } from "./pipeline/graph-bytes.ts"
export type { GraphSummary } from "./pipeline/graph-summary.ts"
export { summarizeGraph } from "./pipeline/graph-summary.ts"
export type { WorkerPoolOptions } from "./pipeline/worker-pool.ts"
export { createParallelAnalyzer } from "./pipeline/worker-pool.ts"
export type { WrittenOutput } from "./pipeline/write-output.ts"
export { writeGraphOutput } from "./pipeline/write-output.ts"
export type { ConfigReading, ContentConfig, RemoteImages } from "./source/config.ts"
export { CONFIG_FILE, DEFAULT_CONFIG, parseContentConfig, REMOTE_IMAGES } from "./source/config.ts"
export type { ReadDirOptions } from "./source/read-dir.ts"
export { readContentConfig, readContentDir } from "./source/read-dir.ts"
export type { ContentSource, SourceFile, SourceProblem } from "./source/types.ts"
export { createMemorySource, isNotePath } from "./source/types.ts"
