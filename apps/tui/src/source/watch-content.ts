/**
 * --watch: rebuild incrementally when a file in the content folder changes. Notes and the
 * glossary go through core's `update` (only the changed note is parsed again); anything else
 * may change the asset list, so the folder is read again and unchanged notes are reused.
 */
import { watch } from "node:fs"
import { readFile } from "node:fs/promises"
import { join } from "node:path"
import type { LoadedGraph } from "./bodies.ts"

export interface ContentWatcher {
  /** The latest graph, with its bodies from core's memory. */
  readonly loaded: LoadedGraph
  subscribe(listener: (loaded: LoadedGraph) => void): () => void
  close(): void
}

export async function watchContent(dir: string, onError: (message: string) => void): Promise<ContentWatcher> {
  const core = await import("@kube-notes/core")
  const builder = core.createGraphBuilder()
  const toLoaded = (built: Awaited<ReturnType<typeof builder.build>>): LoadedGraph => ({
    graph: built.graph,
    getBody: (id) => built.bodies.getBody(id),
  })
  let loaded = toLoaded(await builder.build(await core.readContentDir(dir)))
  const listeners = new Set<(loaded: LoadedGraph) => void>()
  const pending = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  let running = Promise.resolve()

  const apply = async (paths: string[]) => {
    const notes = paths.filter((p) => core.isNotePath(p))
    const others = paths.filter((p) => !core.isNotePath(p) && p !== "glossary.yaml")
    if (others.length > 0) loaded = toLoaded(await builder.build(await core.readContentDir(dir)))
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
      loaded = toLoaded(
        await builder.update({ changed, removed, ...(glossary !== undefined ? { glossary } : {}) }),
      )
    }
    for (const listener of listeners) listener(loaded)
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
    get loaded() {
      return loaded
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
