import type { Messages } from "../catalogue.ts"

const SOURCE = `  --content DIR    read notes from DIR, parsed live (default: the packaged notes)
  --graph FILE     read a graph.json that \`kube-notes build\` wrote`

export const cliHelp: Messages["cliHelp"] = {
  main: `kube-notes — Kubernetes study notes as a topic graph, in your terminal

Usage
  kube-notes [--content DIR [--watch] | --graph FILE]
                                           open the reader (needs a terminal)
  kube-notes <command> [options]

Commands
  build      build graph.json from a folder of notes
  check      report problems in the notes (exit 1 on errors)
  stats      count nodes, edges and diagnostics
  show       print a topic, note or term
  search     search topics, terms and commands
  topics     list topics
  terms      list glossary terms
  commands   list commands found in the notes
  study      study cards made from the notes (spaced repetition)
  cards      list the study cards
  progress   study progress per note and topic; export and import it
  path       topics in learning order, with mastery

Options
${SOURCE}
  --watch          re-render when a note changes (with --content)
  --help, -h       show help (also: kube-notes <command> --help)
  --version, -v    print the version

Exit codes: 0 clean, 1 the notes have error diagnostics, 2 usage error.
Language: Korean unless the first of LC_ALL, LC_MESSAGES, LANG that is set starts with en.`,
  study: `Usage: kube-notes study [--topic ID]

Opens the study screen (needs a terminal): cards made from the notes, scheduled
with FSRS. Progress is saved after every rating in
$XDG_STATE_HOME/kube-notes/progress.json (else ~/.local/state/kube-notes/).
${SOURCE}
  --topic ID      only this topic (and its subtopics) or note: an id, a topic
                  number ("1-1") or a title

Keys: Space/Enter show the answer · 1 again, 2 hard, 3 good, 4 easy · u undo
the last rating · h 초성 hint · a–g pick an option · p learning path · q/Esc back.
Cards that take a typed answer: Enter opens the answer box; in it Enter checks
the answer, Tab shows the hint, Esc closes the box.`,
  cards: `Usage: kube-notes cards [--topic ID] [--json]

Lists the study cards made from the notes: id, type, front, answer.
${SOURCE}
  --topic ID      only this topic (and its subtopics) or note
  --json          print the cards as JSON`,
  progress: `Usage: kube-notes progress [--json] [--orphans]
       kube-notes progress export FILE
       kube-notes progress import FILE

Due, new and learned cards in all, per note and per topic, with each topic's
mastery (share of its cards in review with recall probability >= 0.9).
${SOURCE}
  --orphans       list reviewed cards whose note, term or command is gone
                  (kept in the file: they come back if the node does)
  --json          print as JSON
  export FILE     write the progress file to FILE (for the site's import)
  import FILE     merge FILE (e.g. exported by the site) into the progress:
                  the union of both review logs; prints how many were added`,
  path: `Usage: kube-notes path [--json]

Lists topics in learning order (a term is defined before the topics that use
it), each with its mastery, card count and due cards.
${SOURCE}`,
  build: `Usage: kube-notes build [--content DIR] [--out DIR] [--cache DIR | --no-cache]

Builds the graph from DIR and writes DIR's graph.json (only when it changed).
  --content DIR   notes folder (default: the repo's content/ folder)
  --out DIR       where graph.json goes (default: content/dist for the repo's
                  content folder, DIR/.kube-notes for any other folder)
  --cache DIR     keep note analyses in DIR (default $XDG_CACHE_HOME/kube-notes,
                  else ~/.cache/kube-notes)
  --no-cache      a cold build: analyse every note again
Prints counts by kind and the diagnostics. Exit 1 when any diagnostic is an error.`,
  check: `Usage: kube-notes check [--content DIR] [--json]

Prints every diagnostic as "file:line:column severity rule message".
  --content DIR   notes folder (default: the repo's content/ folder)
  --json          print {ok, counts, diagnostics} instead
Exit 1 when any diagnostic is an error.`,
  stats: `Usage: kube-notes stats [--content DIR | --graph FILE] [--json]

Counts nodes by kind, edges by kind and diagnostics by severity.`,
  show: `Usage: kube-notes show <id|title|alias> [--json] [--width N]

Prints a topic, note, term or command, rendered for the terminal.
<id|title|alias> is a graph id (topic:…, term:…), a topic number ("1-1"),
a title, or any alias of a term ("큐블렛").
${SOURCE}
  --json          print the node, its breadcrumbs, backlinks and rendered text
  --width N       wrap at N columns (default: the terminal's width, or 80)`,
  search: `Usage: kube-notes search <query> [--json] [--limit N] [--kind KIND,…]

Searches topics, terms and commands (Korean-aware).
${SOURCE}
  --limit N       at most N results (default 10)
  --kind KINDS    only these kinds, comma-separated: topic,term,command,note
  --json          print the results as JSON`,
  topics: `Usage: kube-notes topics [--json]

Lists notes and their topics, nested, in reading order.
${SOURCE}`,
  terms: `Usage: kube-notes terms [--json]

Lists terms with their aliases and definitions.
${SOURCE}`,
  commands: `Usage: kube-notes commands [--tool TOOL] [--shell SHELL] [--json]

Lists the commands found in the notes.
${SOURCE}
  --tool TOOL     only commands of this program (kubectl, minikube…)
  --shell SHELL   only commands seen in this shell (powershell, bash…)`,
}
