/**
 * --watch: rebuild incrementally when a file in the content folder changes. Notes and the
 * glossary go through core's `update` (only the changed note is parsed again); anything else
 * may change the asset list, so the folder is read again and unchanged notes are reused.
 */
import { watch } from "node:fs"
import { readFile } from "node:fs/promises"
import { join } from "node:path"
import type { Graph } from "@kube-notes/graph"

export interface ContentWatcher {
  readonly graph: Graph
  subscribe(listener: (graph: Graph) => void): () => void
  close(): void
}

export async function watchContent(dir: string, onError: (message: string) => void): Promise<ContentWatcher> {
  const core = await import("@kube-notes/core")
  const builder = core.createGraphBuilder()
  let graph = await builder.build(await core.readContentDir(dir))
  const listeners = new Set<(graph: Graph) => void>()
  const pending = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  let running = Promise.resolve()

  const apply = async (paths: string[]) => {
    const notes = paths.filter((p) => core.isNotePath(p))
    const others = paths.filter((p) => !core.isNotePath(p) && p !== "glossary.yaml")
    if (others.length > 0) graph = await builder.build(await core.readContentDir(dir))
    else {
      const changed: { path: string; bytes: Uint8Array }[] = []
      const removed: string[] = []
      for (const path of notes) {
        const bytes = await readFile(join(dir, path)).catch(() => undefined)
        if (bytes) changed.push({ path, bytes })
        else removed.push(path)
      }
      const glossary = paths.includes("glossary.yaml")
        ? await readFile(join(dir, "glossary.yaml")).then(
            (bytes) => ({ path: "glossary.yaml", bytes }),
            () => null,
          )
        : undefined
      graph = await builder.update({ changed, removed, ...(glossary !== undefined ? { glossary } : {}) })
    }
    for (const listener of listeners) listener(graph)
  }

  const watcher = watch(dir, { recursive: true }, (_event, name) => {
    if (
      !name ||
      name.split(/[\\/]/).some((part) => part.startsWith(".") || part === "node_modules" || part === "dist")
    )
      return
    pending.add(name.split("\\").join("/").normalize("NFC"))
    clearTimeout(timer)
    // Editors write in bursts (temp file, rename, chmod): wait for the burst to end.
    timer = setTimeout(() => {
      const paths = [...pending]
      pending.clear()
      running = running.then(() => apply(paths)).catch((error) => onError(String(error)))
    }, 120)
  })

  return {
    get graph() {
      return graph
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close() {
      clearTimeout(timer)
      watcher.close()
    },
  }
}
