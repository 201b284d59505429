// `pnpm start`: serves the static export (out/ or the folder given) on PORT (default 3000).
import { existsSync } from "node:fs"
import { resolve } from "node:path"
import { APP_DIR } from "./lib/data-dir.mjs"
import { createStaticServer } from "./lib/static-server.mjs"

const root = resolve(APP_DIR, process.argv[2] ?? process.env.KUBE_NOTES_WEB_OUT ?? "out")
if (!existsSync(resolve(root, "index.html"))) {
  console.error(
    `No site in ${root}: build it first with \`pnpm build\` (or \`pnpm -F @kube-notes/web build\`).`,
  )
  process.exit(1)
}
const port = Number(process.env.PORT ?? 3000)
const basePath = (process.env.BASE_PATH ?? "").replace(/\/+$/, "")
const server = createStaticServer({ root, basePath })
server.on("error", (error) => {
  console.error(
    error.code === "EADDRINUSE" ? `Port ${port} is in use: set PORT to another one.` : error.message,
  )
  process.exit(1)
})
server.listen(port, () => {
  console.log(`kube-notes is served at http://localhost:${port}${basePath}/  (Ctrl+C to stop)`)
})
