// What every page of the export depends on besides its own data: the site's code (src/, and
// scripts/, which writes the note, term and command pages from Next's templates), the
// workspace packages it imports (their built dist/), the npm packages (the lockfile), the
// settings that shape every page, and the environment the build reads. Two builds with the
// same fingerprint compile to the same client and server code, so a page whose own inputs did
// not change either (its note-page digest, src/lib/data/note-pages.ts) comes out the same.
// Like turbo's input hashing; scripts/next-build.mjs also checks Next's output agrees.
import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { APP_DIR } from "./data-dir.mjs"

// No NODE_ENV: scripts/next-build.mjs builds in production whatever the caller's (vitest sets `test`),
// so the tests' and robustness' exports share the site's fingerprint, build id and kept Next export.
const ENV = ["BASE_PATH", "NEXT_PUBLIC_BASE_PATH"]
/** Data-folder files every page reads (the CSP of the layout, which images exist). */
const SHARED_DATA = ["source.json", "assets.json"]

function hashTree(hash, root, dir = root) {
  if (!existsSync(dir)) return
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) hashTree(hash, root, path)
    else if (entry.isFile())
      hash
        .update(`${relative(root, path)}\0`)
        .update(readFileSync(path))
        .update("\0")
  }
}

/**
 * The hex fingerprint of the code and settings every export is built from (also the build id,
 * so it leaves out the data: one build id for every export keeps Next's configuration, and so
 * Turbopack's build cache, the same for all of them).
 */
export function getCodeFingerprint(appDir = APP_DIR) {
  const hash = createHash("sha256")
  for (const name of ["next.config.ts", "package.json", "tsconfig.json", "../../pnpm-lock.yaml"]) {
    const path = join(appDir, name)
    if (existsSync(path)) hash.update(`${name}\0`).update(readFileSync(path))
  }
  hashTree(hash, join(appDir, "src"))
  // The page writers: a change to how pages are filled must not keep an export they wrote.
  hashTree(hash, join(appDir, "scripts"))
  hashTree(hash, join(appDir, "public"))
  const { dependencies = {} } = JSON.parse(readFileSync(join(appDir, "package.json"), "utf8"))
  for (const [name, version] of Object.entries(dependencies)) {
    // @kube-notes/content is data (the prebuild copies it); no page imports it.
    if (!version.startsWith("workspace:") || name === "@kube-notes/content") continue
    const root = realpathSync(join(appDir, "node_modules", name))
    hash.update(`${name}\0`).update(readFileSync(join(root, "package.json")))
    hashTree(hash, join(root, "dist"))
  }
  for (const name of ENV) hash.update(`${name}=${process.env[name] ?? ""}\0`)
  return hash.digest("hex")
}

/** The hex fingerprint of the data-folder files every page of an export of `dataDir` reads. */
export function getSharedDataFingerprint(dataDir) {
  const hash = createHash("sha256")
  for (const name of SHARED_DATA) {
    const path = join(dataDir, name)
    hash.update(`${name}\0`).update(existsSync(path) && statSync(path).isFile() ? readFileSync(path) : "")
  }
  return hash.digest("hex")
}
