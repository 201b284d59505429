/**
 * A fresh project outside this workspace that installs the packed tarball with plain npm, as an
 * importer would. Its files are written here so that nothing in the repository's own tsconfig or
 * linter picks them up as sources of this package.
 */
import { mkdir, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { cleanPackageManagerEnv, describeRun, run } from "./run.ts"

/** Plain Node ESM: the API, the JSON export with an import attribute. Prints what it found. */
const CONSUMER_MJS = `import { createBodyFetcher, decodeGraph, getTopicBody, loadNoteBodies, openContent, loadGraph } from "@kube-notes/content"
import graphFile from "@kube-notes/content/graph.json" with { type: "json" }
import { readFile } from "node:fs/promises"

const content = await openContent()
const kubelet = content.getTermByAlias("큐블렛")
const loaded = await loadGraph()
const topic = content.listNodes("topic").find((t) => t.number === "1-1")
const note = content.listNodes("note")[0]
// The browser's way, with a fetch that serves the package's own dist/ folder.
const dist = new URL("./node_modules/@kube-notes/content/dist/", import.meta.url)
const fetcher = createBodyFetcher(dist, async (url) => {
  const text = await readFile(url, "utf8").catch(() => undefined)
  return text === undefined ? new Response("", { status: 404 }) : new Response(text)
})
const fetched = await fetcher.getTopicBody(topic.id)
const graph = decodeGraph(graphFile)
console.log(JSON.stringify({
  topicBody: getTopicBody(topic.id)?.type ?? null,
  topicText: topic.text,
  noteBodies: Object.keys(loadNoteBodies(note.id)?.bodies ?? {}).length,
  fetchedSame: JSON.stringify(fetched) === JSON.stringify(getTopicBody(topic.id)),
  fetchedMissing: (await fetcher.loadNoteBodies("note:no-such-note")) ?? null,
  kubelet: kubelet && { id: kubelet.id, title: kubelet.title, aliases: kubelet.aliases },
  schemaVersion: graph.schemaVersion,
  nodes: graph.nodes.length,
  sameGraph: JSON.stringify(loaded) === JSON.stringify(graph) && graph.edges.length > 0,
  topics: content.listNodes("topic").map((t) => t.number ?? null),
}))
`

/** TypeScript use of the public API; the expected errors prove the types are not \`any\`. */
const CONSUMER_TS = `import { createBodyFetcher, createGraphQuery, getTopicBody, loadGraph, loadNoteBodies, openContent } from "@kube-notes/content"
import type { BodyFetcher, Graph, GraphQuery, NoteBodies, TermNode, TopicNode } from "@kube-notes/content"
import type { Root } from "mdast"

const content: GraphQuery = await openContent()
const kubelet: TermNode | undefined = content.getTermByAlias("큐블렛")
export const aliases: readonly string[] = kubelet?.aliases ?? []
export const topics: TopicNode[] = content.listNodes("topic")
const graph: Graph = await loadGraph()
export const again: GraphQuery = createGraphQuery(graph)
export const firstText: string | undefined = topics[0]?.text
export const body: Root | undefined = getTopicBody(topics[0]?.id ?? "")
export const bodies: NoteBodies | undefined = loadNoteBodies(topics[0]?.note ?? "")
const fetcher: BodyFetcher = createBodyFetcher("https://example.org/content/")
export const fetched: Promise<Root | undefined> = fetcher.getTopicBody(topics[0]?.id ?? "")

// @ts-expect-error: bodies are kept apart from the graph since schema 2
topics[0]?.mdast
// @ts-expect-error: in Node the body is read synchronously, not a promise
export const notAPromise: Promise<Root | undefined> = getTopicBody("topic:x#y")

// @ts-expect-error: an alias is a string
content.getTermByAlias(42)
// @ts-expect-error: "planet" is not a node kind
content.listNodes("planet")
`

/** Bundler resolution also gets the graph as a JSON module. */
const CONSUMER_JSON_TS = `import graphFile from "@kube-notes/content/graph.json" with { type: "json" }
import { decodeGraph, type Graph } from "@kube-notes/content"

export const version: number = graphFile.schemaVersion
const graph: Graph = decodeGraph(graphFile)
export const nodeCount: number = graph.nodes.length
`

function tsconfig(options: Record<string, unknown>, files: readonly string[]): string {
  const base = { strict: true, noEmit: true, skipLibCheck: false, target: "es2022", types: [] }
  return `${JSON.stringify({ compilerOptions: { ...base, ...options }, files }, null, 2)}\n`
}

export interface ConsumerProject {
  readonly dir: string
}

/** Creates the project in `dir` and runs `npm install <tarball>` (needs only the npm registry). */
export async function createConsumerProject(dir: string, tarball: string): Promise<ConsumerProject> {
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, "package.json"), '{ "name": "consumer", "private": true, "type": "module" }\n')
  await writeFile(join(dir, "consumer.mjs"), CONSUMER_MJS)
  await writeFile(join(dir, "consumer.ts"), CONSUMER_TS)
  await writeFile(join(dir, "consumer-json.ts"), CONSUMER_JSON_TS)
  await writeFile(
    join(dir, "tsconfig.node16.json"),
    tsconfig({ module: "node16", moduleResolution: "node16" }, ["consumer.ts"]),
  )
  await writeFile(
    join(dir, "tsconfig.bundler.json"),
    tsconfig({ module: "esnext", moduleResolution: "bundler", resolveJsonModule: true }, [
      "consumer.ts",
      "consumer-json.ts",
    ]),
  )
  // --prefer-offline: the only runtime dependency (@types/mdast) comes from npm's cache when it is there.
  const install = await run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", tarball],
    { cwd: dir, env: cleanPackageManagerEnv() },
  )
  if (install.code !== 0) throw new Error(`npm install ${tarball} failed\n${describeRun(install)}`)
  return { dir }
}
