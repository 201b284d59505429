/**
 * Commands, resources and assets are shared by every note that refers to them: one node
 * each, merged from the fragments and sorted by id.
 */
import type { AssetNode, CommandNode, CommandOption, ResourceNode } from "@kube-notes/graph"
import type { Fragment } from "../assemble/fragment.ts"

export function mergeShared(fragments: Fragment[]): (CommandNode | ResourceNode | AssetNode)[] {
  const commands = new Map<
    string,
    { text: string; tool: string; shells: Set<string>; description?: string; options: CommandOption[] }
  >()
  const resources = new Map<string, ResourceNode>()
  const assets = new Map<string, AssetNode>()
  for (const fragment of fragments) {
    for (const sighting of fragment.commands) {
      const id = sighting.id
      const known = commands.get(id)
      if (known) {
        for (const shell of sighting.shells) known.shells.add(shell)
        if (known.description === undefined && sighting.description) known.description = sighting.description
        // The first note to list an option names it; later lists of the same name add nothing.
        for (const option of sighting.options)
          if (!known.options.some((o) => o.name === option.name && o.role === option.role))
            known.options.push(option)
      } else
        commands.set(id, {
          text: sighting.text,
          tool: sighting.tool,
          shells: new Set(sighting.shells),
          ...(sighting.description ? { description: sighting.description } : {}),
          options: [...sighting.options],
        })
    }
    for (const resource of fragment.resources)
      if (!resources.has(resource.id)) resources.set(resource.id, resource)
    for (const asset of fragment.assets) if (!assets.has(asset.id)) assets.set(asset.id, asset)
  }
  const commandNodes: CommandNode[] = [...commands].map(
    ([id, { text, tool, shells, description, options }]) => {
      const sorted = [...shells].sort()
      return {
        id,
        kind: "command",
        title: text,
        text,
        tool,
        ...(sorted.length === 1 ? { shell: sorted[0] as string } : {}),
        shells: sorted,
        ...(description ? { description } : {}),
        options,
      }
    },
  )
  return [...byId(commandNodes), ...byId([...resources.values()]), ...byId([...assets.values()])]
}

function byId<T extends { id: string }>(nodes: T[]): T[] {
  return nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
