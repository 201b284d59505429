/**
 * Bumped whenever parsing or extraction changes what a note yields: cached analyses made
 * by another version are ignored. A module of its own, so the warm path (graph-cache.ts)
 * fingerprints a folder without loading the parser.
 */
export const ANALYSIS_VERSION = "analysis-9"
