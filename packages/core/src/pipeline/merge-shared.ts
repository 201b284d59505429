/**
 * Commands, resources and assets are shared by every note that refers to them: one node
 * each, merged from what the notes that hold it say, in reading order, and sorted by id.
 * Each node is merged on its own (`mergeNode`), so an update can merge again only the nodes
 * a changed note refers to (shared-merger.ts); the merge also says which notes decided what
 * (the first sighting, the description, each option), so an update can tell when a note
 * that came or went changes nothing.
 */
import type { AssetNode, CommandNode, CommandOption, ResourceNode } from "@kube-notes/graph"
import type { CommandSighting, Fragment } from "../assemble/fragment.ts"

export type SharedNode = CommandNode | ResourceNode | AssetNode

/** What one fragment says about each shared node it refers to (each map in the fragment's order). */
export interface Contribution {
  readonly commands: Map<string, CommandSighting[]>
  readonly resources: Map<string, ResourceNode>
  readonly assets: Map<string, AssetNode>
}

/** A merged node and the holders whose word is in it. */
export interface MergedNode {
  readonly node: SharedNode
  /** The holder of the first sighting: its text, tool, resource or asset. */
  readonly first: Fragment
  /** Commands: the holder of the description. */
  readonly description?: Fragment
  /** Commands: the holder of each option (by name and role). */
  readonly options: Map<string, Fragment>
  /** Commands: how many sightings name each shell. */
  readonly shells: Map<string, number>
}

const contributions = new WeakMap<Fragment, Contribution>()

export function contributionOf(fragment: Fragment): Contribution {
  let found = contributions.get(fragment)
  if (found) return found
  found = { commands: new Map(), resources: new Map(), assets: new Map() }
  for (const sighting of fragment.commands) {
    const list = found.commands.get(sighting.id)
    if (list) list.push(sighting)
    else found.commands.set(sighting.id, [sighting])
  }
  for (const resource of fragment.resources)
    if (!found.resources.has(resource.id)) found.resources.set(resource.id, resource)
  for (const asset of fragment.assets) if (!found.assets.has(asset.id)) found.assets.set(asset.id, asset)
  contributions.set(fragment, found)
  return found
}

/** The ids a fragment refers to. */
export function sharedIdsOf(fragment: Fragment): string[] {
  const { commands, resources, assets } = contributionOf(fragment)
  return [...commands.keys(), ...resources.keys(), ...assets.keys()]
}

export function optionKey(option: CommandOption): string {
  return `${option.name}\u0000${option.role}`
}

/** One node from its holders in reading order (each refers to `id`). */
export function mergeNode(id: string, holders: readonly Fragment[]): MergedNode {
  const first = holders[0] as Fragment
  const own = contributionOf(first)
  const resource = own.resources.get(id)
  if (resource) return { node: resource, first, options: new Map(), shells: new Map() }
  const asset = own.assets.get(id)
  if (asset) return { node: asset, first, options: new Map(), shells: new Map() }
  const shells = new Map<string, number>()
  const byKey = new Map<string, Fragment>()
  const options: CommandOption[] = []
  let head: CommandSighting | undefined
  let description: { text: string; holder: Fragment } | undefined
  for (const holder of holders)
    for (const sighting of contributionOf(holder).commands.get(id) ?? []) {
      for (const shell of sighting.shells) shells.set(shell, (shells.get(shell) ?? 0) + 1)
      if (!description && sighting.description) description = { text: sighting.description, holder }
      // The first note to list an option names it; later lists of the same name add nothing.
      for (const option of sighting.options) {
        const key = optionKey(option)
        if (head && byKey.has(key)) continue
        byKey.set(key, holder)
        options.push(option)
      }
      head ??= sighting
    }
  const { text, tool } = head as CommandSighting
  const sorted = [...shells.keys()].sort()
  const node: CommandNode = {
    id,
    kind: "command",
    title: text,
    text,
    tool,
    ...(sorted.length === 1 ? { shell: sorted[0] as string } : {}),
    shells: sorted,
    ...(description ? { description: description.text } : {}),
    options,
  }
  return {
    node,
    first,
    ...(description ? { description: description.holder } : {}),
    options: byKey,
    shells,
  }
}

/** Every shared node of the fragments (in reading order): commands, resources, assets, each by id. */
export function mergeShared(fragments: readonly Fragment[]): SharedNode[] {
  const holders = new Map<string, Fragment[]>()
  for (const fragment of fragments)
    for (const id of sharedIdsOf(fragment)) {
      const list = holders.get(id)
      if (list) list.push(fragment)
      else holders.set(id, [fragment])
    }
  return sortShared([...holders].map(([id, list]) => mergeNode(id, list).node))
}

/** Commands, then resources, then assets, each sorted by id. */
export function sortShared(nodes: readonly SharedNode[]): SharedNode[] {
  const of = (kind: SharedNode["kind"]) => byId(nodes.filter((node) => node.kind === kind))
  return [...of("command"), ...of("resource"), ...of("asset")]
}

function byId<T extends { id: string }>(nodes: T[]): T[] {
  return nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
