import type { Messages } from "../catalogue.ts"
import { kinds } from "./common.ts"

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

export const output: Messages["output"] = {
  nodeCount: (kind, n) => plural(n, kinds[kind]),
  built: (nodes, edges) => `Built ${nodes} · ${plural(edges, "edge")}`,
  wrote: (file) => `Wrote ${file}`,
  unchanged: (file) => `Unchanged: ${file}`,
  severities: (errors, warnings, infos) =>
    `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "note")}`,
  checkPassed: (errors, warnings, infos) =>
    `ok: ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${infos} info`,
  checkFailed: (errors, warnings, infos) =>
    `failed: ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${infos} info`,
  noDefinition: "(no definition)",
  noResults: (query) => `No results for "${query}".`,
  statsNodes: (n) => `Nodes (${n})`,
  statsEdges: (n) => `Edges (${n})`,
  statsDiagnostics: (n) => `Diagnostics (${n})`,
  notATerminal: "kube-notes: not a terminal, so no reader; printed the topics. See `kube-notes show --help`.",
}

export const errors: Messages["errors"] = {
  seeHelp: (command) => `See \`kube-notes ${command ? `${command} ` : ""}--help\`.`,
  unknownCommand: (name) => `Unknown command "${name}". See \`kube-notes --help\`.`,
  unknownOption: (option) => `Unknown option '${option}'`,
  missingValue: (option) => `Option '${option}' needs a value`,
  noValueTaken: (option) => `Option '${option}' does not take a value`,
  takes: (command, what) => `${command} takes ${what}. See \`kube-notes ${command} --help\`.`,
  oneQuery: "one <query> (quote it when it has spaces)",
  oneNode: "one <id|title|alias>",
  oneFile: "one FILE",
  unexpectedArgument: (arg, command) => `Unexpected argument "${arg}". See \`kube-notes ${command} --help\`.`,
  wholeNumber: (name, value) => `--${name} takes a whole number above 0, not "${value}".`,
  kindList: (allowed, bad) => `--kind takes ${allowed}; "${bad}" is none of them.`,
  watchNeedsContent: "--watch needs --content DIR: the packaged notes never change.",
  contentOrGraph: "Use either --content or --graph, not both.",
  notBuilt: "The packaged notes are not built yet. Run `pnpm build` (or pass --content DIR).",
  notAGraph: (file) => `${file} is not a kube-notes graph.json. Build it again with \`kube-notes build\`.`,
  cannotRead: (file) => `Cannot read ${file}. Build it with \`kube-notes build --out DIR\`.`,
  notAFolder: (dir) => `${dir} is not a folder. Pass --content with a folder of notes.`,
  ambiguous: (wanted, n, ids) => `"${wanted}" names ${n} nodes; show one by id:\n${ids}`,
  nothingCalled: (wanted, quoted) => `Nothing is called "${wanted}". Try \`kube-notes search ${quoted}\`.`,
  unexpectedFailure: (detail) => `unexpected failure: ${detail}`,
  isABug: "This is a bug in kube-notes, not in your notes. Re-run with KUBE_NOTES_DEBUG=1 and report it.",
  stateNotMoved: (file) => `State file ${file} is damaged and could not be moved; starting fresh.`,
  stateMoved: (aside) => `State file was damaged; moved it to ${aside} and started fresh.`,
}
