// Scores a built graph against the gold answers of the notes it was built from.
// Every kind is scored as sets: precision = found and expected / found, recall = found and
// expected / expected. Terms match when any name or alias agrees (case- and space-insensitive).
import { foldName } from "@kube-notes/graph"

/** "1-1 확인" → { number: "1-1", title: "확인" }; "장점" → { title: "장점" }. */
function parseTopic(text) {
  const match = /^(\d+(?:-\d+)*)\s+(.*)$/.exec(text)
  return match ? { number: match[1], title: match[2] } : { title: text }
}

const ratio = (a, b) => (b === 0 ? 1 : a / b)

function setScore(found, expected) {
  let hits = 0
  for (const item of found) if (expected.has(item)) hits++
  let recalled = 0
  for (const item of expected) if (found.has(item)) recalled++
  return {
    precision: ratio(hits, found.size),
    recall: ratio(recalled, expected.size),
    found: found.size,
    expected: expected.size,
    missed: [...expected].filter((x) => !found.has(x)),
    extra: [...found].filter((x) => !expected.has(x)),
  }
}

export function scoreGraph(graph, golds) {
  const nodes = (kind) => graph.nodes.filter((node) => node.kind === kind)

  // Terms: one group of names per expected term.
  const expectedTerms = golds
    .flatMap((gold) => gold.terms ?? [])
    .map((names) => names.map((n) => foldName(String(n))))
  const predicted = nodes("term").map((term) => [term.title, ...term.aliases].map(foldName))
  const matchesAny = (names, groups) => groups.some((group) => group.some((name) => names.includes(name)))
  const termHits = predicted.filter((names) => matchesAny(names, expectedTerms)).length
  const termRecalled = expectedTerms.filter((names) => matchesAny(names, predicted)).length
  const terms = {
    precision: ratio(termHits, predicted.length),
    recall: ratio(termRecalled, expectedTerms.length),
    found: predicted.length,
    expected: expectedTerms.length,
    missed: expectedTerms.filter((names) => !matchesAny(names, predicted)).map((n) => n[0]),
    extra: predicted.filter((names) => !matchesAny(names, expectedTerms)).map((n) => n[0]),
  }

  // Commands: exact text. A command node made only to hold a listed option set, or only a file
  // format's keywords (`docker build` holding a Dockerfile's), is not a command found.
  const optionHolders = new Set(golds.flatMap((gold) => Object.keys(gold.options ?? {})))
  const expectedCommands = new Set(golds.flatMap((gold) => gold.commands ?? []).map(String))
  const commandNodes = nodes("command")
  const onlyKeywords = (c) => (c.options ?? []).length > 0 && c.options.every((o) => o.format)
  const foundCommands = new Set(
    commandNodes
      .filter((c) => !(optionHolders.has(c.text) && (c.options ?? []).length > 0))
      .filter((c) => !(onlyKeywords(c) && !expectedCommands.has(c.text)))
      .map((c) => c.text),
  )
  const commands = setScore(foundCommands, expectedCommands)
  const backslashEnded = commandNodes.filter((c) => /\\\s*$/.test(c.text)).length

  // Options: command and name pairs; a file format's keywords are named by the format, as the
  // gold files write them (`Dockerfile: [FROM, RUN]`), not by the command that reads the file.
  const foundOptions = new Set(
    commandNodes.flatMap((c) => (c.options ?? []).map((o) => `${o.format ?? c.text} ${o.name}`)),
  )
  const expectedOptions = new Set(
    golds.flatMap((gold) =>
      Object.entries(gold.options ?? {}).flatMap(([command, names]) =>
        names.map((name) => `${command} ${name}`),
      ),
    ),
  )
  const options = setScore(foundOptions, expectedOptions)

  // Topics: note, number and title.
  const foundTopics = new Set(
    nodes("topic").map((t) => `${t.note.slice("note:".length)}|${t.number ?? ""}|${t.title}`),
  )
  const expectedTopics = new Set(
    golds.flatMap((gold) =>
      (gold.topics ?? []).map((text) => {
        const { number, title } = parseTopic(String(text))
        return `${gold.key}|${number ?? ""}|${title}`
      }),
    ),
  )
  const topics = setScore(foundTopics, expectedTopics)
  return { terms, commands, options, topics, backslashEnded }
}
