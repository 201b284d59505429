import type { Messages } from "../catalogue.ts"

export const site: Messages["site"] = {
  description: "Kubernetes study notes: a graph of topics, terms and commands",
  skipToContent: "Skip to content",
  footer: "kube-notes · the notes, read once and woven into a topic graph.",
  navLabel: "Site",
  navGlossary: "Glossary",
  navCommands: "Commands",
  navGraph: "Graph",
  navStudy: "Study",
  navPath: "Learning path",
  toDarkTheme: "Switch to the dark theme",
  toLightTheme: "Switch to the light theme",
  notFoundTitle: "Page not found",
  notFoundLead: "The address may have changed, or the note was removed.",
  notFoundHome: "Home",
}

export const home: Messages["home"] = {
  title: "Kubernetes study notes",
  lead: "The notes in reading order. Hover over a term, or move the keyboard focus to it, to see its definition.",
  countsLabel: "Collection size",
  readingOrder: "Reading order",
  pathLink: "See the learning path",
  topicCount: (n) => `${n} topic${n === 1 ? "" : "s"}`,
}

export const notePage: Messages["notePage"] = {
  breadcrumbsLabel: "You are here",
  home: "Home",
  tocLabel: "Contents",
  readingOrderLabel: "Reading order",
  previousNote: "← Previous note",
  nextNote: "Next note →",
  parentTopic: "Parent topic:",
  relatedTerms: "Related terms",
  mentionedHere: "Mentioned from",
  noNotes: "There are no notes.",
}

export const content: Messages["content"] = {
  copy: "Copy",
  copyLabel: (what) => `Copy ${what}`,
  copied: "Copied",
  copyFailed: "Copy failed",
  commandLabel: (command) => `command ${command}`,
  code: "code",
  noDefinitionTip: " — no definition yet.",
  missingImage: "Missing image: ",
  remoteImage: "External image: ",
  image: "image",
}

export const glossaryPage: Messages["glossaryPage"] = {
  title: "Glossary",
  lead: "Korean (가나다) first, then A–Z. Korean aliases point at the term they name.",
  indexLabel: "First letter",
  noDefinition: "No definition",
  aliases: "Also called: ",
}

export const termPage: Messages["termPage"] = {
  noTerms: "This collection of notes has no terms.",
  definition: "Definition",
  noDefinitionYet: "No definition yet. Add one in the glossary file (glossary.yaml).",
  source: "Source: ",
  sourceNote: "the notes",
  sourceGlossary: "the glossary file",
  sourceBoth: "the notes and the glossary file",
  sourceMention: "mentions only",
  definedIn: "Defined in",
  notDefinedInNotes: "No note defines it.",
  mentionedIn: (n) => `Mentioned in (${n})`,
  notMentioned: "No other topic mentions it.",
  relatedTerms: "Terms seen with it",
}

export const commandsPage: Messages["commandsPage"] = {
  title: "Commands",
  lead: "The commands in the notes, by tool. The links under each command are where it is explained.",
  allPlaces: (n) => `See all ${n} places`,
  noCommands: "This collection of notes has no commands.",
  options: "Options, output columns and keywords",
  optionCount: (n) => `${n} options, output columns and keywords`,
  places: (n) => `Explained in (${n})`,
  unused: "No topic uses this command.",
  backToAll: "Back to all commands",
  shellFilter: "Filter by shell",
  allShells: "All",
  unknownShell: "Shell unknown",
}

export const graphPage: Messages["graphPage"] = {
  title: "Graph",
  lead: "How notes, topics and terms connect. Drag to move, zoom with the wheel or the buttons, click a dot to open it.",
  needsScript: "The graph view needs JavaScript.",
  glossaryInstead: " shows how terms and topics connect.",
  toolbarLabel: "Graph view controls",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  fit: "Fit",
  canvasLabel: "A graph joining notes, topics and terms. With a keyboard, use the list below.",
  loadFailed: "Could not load the graph data.",
  listTitle: "As a list",
  filterLabel: "Filter by name",
  shown: (total, shown) => `Showing ${shown} of ${total}`,
  degree: (n) => `${n} link${n === 1 ? "" : "s"}`,
}

export const searchBox: Messages["searchBox"] = {
  open: "Search",
  dialogLabel: "Search the notes",
  placeholder: "Search topics, terms, commands (e.g. 큐블렛)",
  inputLabel: "Search terms",
  loading: "Loading the search index…",
  unavailable: "The search index is not available.",
  resultCount: (n) => `${n} result${n === 1 ? "" : "s"}`,
  resultsLabel: "Search results",
  close: "Close",
  submit: "Find",
  needsScript: "Showing search results needs JavaScript. Terms are listed A–Z in the ",
  glossaryInstead: ".",
}
