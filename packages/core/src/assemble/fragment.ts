/**
 * One note's part of the graph: its note and topic nodes (with their plain text), their
 * bodies (mdast annotated with term mentions and link targets, kept apart from the graph),
 * its edges, and the shared nodes it refers to. Depends on the note's analysis and the
 * build's context only, so unchanged notes keep their fragment.
 */
import {
  type AssetNode,
  type CommandOption,
  type Diagnostic,
  type GraphEdge,
  getMdastText,
  makeId,
  type NoteBodies,
  type NoteNode,
  type ResourceNode,
  SCHEMA_VERSION,
  type TopicNode,
} from "@kube-notes/graph"
import type { Nodes, Root } from "mdast"
import { readLinkTarget } from "../analyze/link-target.ts"
import { hasScheme, resolveContentPath, splitAnchor } from "../analyze/paths.ts"
import type { LinkFound, ScopeFindings } from "../analyze/types.ts"
import { createDiagnostic } from "../diagnostics.ts"
import { foldOnce } from "./fold-once.ts"
import { createLookups, type FragmentLookups, recordLink } from "./lookups.ts"
import { type MentionMatcher, markMentions } from "./mentions.ts"
import { type NoteIndex, type NoteRef, resolveAnchor, topicIdOf } from "./note-index.ts"

export interface BuildContext {
  matcher: MentionMatcher
  termByAlias: Map<string, string>
  notes: NoteIndex
  assets: Set<string>
}

export interface CommandSighting {
  /** The command node's id, made once here (merging every note's sightings looks it up). */
  id: string
  text: string
  tool: string
  shells: string[]
  description?: string
  options: CommandOption[]
}

export interface Fragment {
  nodes: (NoteNode | TopicNode)[]
  /** The mdast of the note's intro and of each topic, by node id. */
  bodies: NoteBodies
  /** What the fragment looked up outside its note: an update checks these to reuse it. */
  lookups: FragmentLookups
  edges: GraphEdge[]
  commands: CommandSighting[]
  resources: ResourceNode[]
  assets: AssetNode[]
  diagnostics: Diagnostic[]
}

export function buildFragment(ref: NoteRef, context: BuildContext): Fragment {
  const { analysis } = ref
  const key = ref.id.slice("note:".length)
  const fragment: Fragment = {
    nodes: [],
    bodies: { schemaVersion: SCHEMA_VERSION, note: ref.id, bodies: {} },
    lookups: createLookups(),
    edges: [],
    commands: [],
    resources: [],
    assets: [],
    diagnostics: [],
  }
  const edgeKeys = new Set<string>()
  const addEdge = (from: string, to: string, kind: GraphEdge["kind"]) => {
    const id = `${from}\u0000${to}\u0000${kind}`
    if (edgeKeys.has(id)) return
    edgeKeys.add(id)
    fragment.edges.push({ from, to, kind })
  }
  const { lookups } = fragment
  const rewrite = (node: Nodes): Nodes => rewriteLink(node, ref, context, lookups)

  /** Marks the scope's mdast, adds its edges; stores its body and returns its plain text. */
  const scope = (scopeId: string, findings: ScopeFindings, mdast: Root): string => {
    const mentioned = new Set<string>()
    const marked = markMentions(mdast, context.matcher, mentioned, rewrite)
    const defined = new Set<string>()
    for (const term of findings.terms) {
      const folded = foldOnce(term.name)
      const termId = context.termByAlias.get(folded)
      lookups.termNames.set(folded, termId)
      if (!termId) continue
      if (term.via === "definition") {
        defined.add(termId)
        addEdge(scopeId, termId, "defines")
      } else mentioned.add(termId)
    }
    for (const termId of mentioned) if (!defined.has(termId)) addEdge(scopeId, termId, "mentions")
    for (const command of findings.commands) {
      const id = makeId("command", command.text)
      fragment.commands.push({
        id,
        text: command.text,
        tool: command.tool,
        shells: command.shell ? [command.shell] : [],
        ...(command.description ? { description: command.description } : {}),
        options: [],
      })
      addEdge(scopeId, id, "uses")
    }
    // Options ride on a sighting of their command: a tool named only in a heading or prose
    // (`ps`, `top`) still gets its command node, since that is where a reader looks for them.
    for (const option of findings.options) {
      const id = makeId("command", option.command)
      fragment.commands.push({
        id,
        text: option.command,
        tool: option.tool,
        shells: [],
        options: [
          {
            name: option.name,
            description: option.description,
            role: option.role,
            ...(option.format ? { format: option.format } : {}),
            note: ref.id,
            position: option.position,
          },
        ],
      })
      addEdge(scopeId, id, "uses")
    }
    for (const resource of findings.resources) {
      const id = makeId("resource", resource.url)
      fragment.resources.push({
        id,
        kind: "resource",
        title: resource.title,
        url: resource.url,
        host: hostOf(resource.url),
      })
      addEdge(scopeId, id, "cites")
    }
    for (const image of findings.images) {
      if (image.path === undefined) {
        fragment.diagnostics.push(
          createDiagnostic(
            analysis.path,
            image.position.start,
            "unsafe-path",
            "Image path leaves the content folder or is absolute; it is not shown. Keep images inside the folder and link them relatively.",
          ),
        )
        continue
      }
      const id = makeId("asset", image.path)
      const exists = context.assets.has(image.path)
      lookups.assets.set(image.path, exists)
      fragment.assets.push({
        id,
        kind: "asset",
        title: image.path.split("/").at(-1) ?? image.path,
        path: image.path,
        exists,
      })
      addEdge(scopeId, id, "shows")
      if (!exists)
        fragment.diagnostics.push(
          createDiagnostic(
            analysis.path,
            image.position.start,
            "missing-asset",
            `Image ${image.path} does not exist; add the file or fix the path.`,
          ),
        )
    }
    for (const link of findings.links) {
      const target = resolveLink(link, ref, context)
      recordLink(lookups, link, target)
      if (target) addEdge(scopeId, target, "links")
      else fragment.diagnostics.push(brokenLink(analysis.path, link))
    }
    fragment.bodies.bodies[scopeId] = marked
    return getMdastText(marked)
  }

  const note: NoteNode = {
    id: ref.id,
    kind: "note",
    title: analysis.title,
    path: analysis.path,
    frontmatter: analysis.frontmatter,
    text: "",
  }
  fragment.nodes.push(note)
  note.text = scope(ref.id, analysis.preambleFindings, analysis.preamble)
  const topicIds = analysis.sections.map((section) => topicIdOf(key, section.slug))
  const levels: number[] = []
  analysis.sections.forEach((section, index) => {
    const id = topicIds[index] as string
    const parentId = section.parent === -1 ? ref.id : (topicIds[section.parent] as string)
    const level = section.parent === -1 ? 1 : (levels[section.parent] ?? 0) + 1
    levels.push(level)
    addEdge(parentId, id, "contains")
    const topic: TopicNode = {
      id,
      kind: "topic",
      title: section.title,
      note: ref.id,
      ...(section.number ? { number: section.number } : {}),
      depth: section.depth,
      level,
      slug: section.slug,
      position: section.position,
      text: "",
    }
    fragment.nodes.push(topic)
    topic.text = scope(id, section, section.mdast)
  })
  return fragment
}

/** The note or topic a link lands on in this build, or undefined when it finds none. */
export function resolveLink(
  link: Omit<LinkFound, "position">,
  ref: NoteRef,
  context: Pick<BuildContext, "notes">,
): string | undefined {
  const note =
    link.via === "anchor" ? ref : link.target ? context.notes.resolve(link.via, link.target) : undefined
  if (!note) return undefined
  return link.anchor ? resolveAnchor(note, link.anchor) : note.id
}

function rewriteLink(node: Nodes, ref: NoteRef, context: BuildContext, lookups: FragmentLookups): Nodes {
  if (node.type === "image") {
    const path = hasScheme(node.url)
      ? undefined
      : resolveContentPath(ref.analysis.path, splitAnchor(node.url).path)
    return path ? { ...node, data: { ...node.data, assetId: makeId("asset", path) } } : node
  }
  if (node.type !== "link") return node
  const target = readLinkTarget(node, ref.analysis.path)
  const targetId = target.kind === "note" ? resolveLink(target.link, ref, context) : undefined
  if (target.kind === "note") recordLink(lookups, target.link, targetId)
  return targetId ? { ...node, data: { ...node.data, targetId } } : node
}

function brokenLink(path: string, link: LinkFound): Diagnostic {
  const written =
    link.via === "wiki"
      ? `[[${link.target}${link.anchor ? `#${link.anchor}` : ""}]]`
      : `${link.target || ""}${link.anchor ? `#${link.anchor}` : ""}`
  if (link.via === "md" && !link.target)
    return createDiagnostic(
      path,
      link.position.start,
      "unsafe-path",
      "Link leaves the content folder; it is not followed. Link to notes inside the folder.",
    )
  return createDiagnostic(
    path,
    link.position.start,
    "broken-link",
    `Link to ${written} finds no ${link.anchor ? "heading" : "note"}; fix the path or the heading, or create the note.`,
  )
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return ""
  }
}
