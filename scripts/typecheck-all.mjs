// `pnpm typecheck` (turbo's root task `typecheck:all`, run by `pnpm test`): every package's
// typecheck as one `tsc -b tsconfig.typecheck.json`. One process parses the declaration files all
// packages read once, where nine processes parsed them nine times (docs/testing.md). The packages'
// own `typecheck` scripts check the same projects one at a time.
import { spawnSync } from "node:child_process"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const run = (args, cwd = root) => spawnSync(process.execPath, args, { cwd, stdio: "inherit" }).status ?? 1

// The site's typecheck reads src/generated/content-version.ts, which its build writes.
const generated = run(["scripts/ensure-generated.mjs"], join(root, "apps/web"))
if (generated !== 0) process.exit(generated)
const tsc = createRequire(join(root, "package.json")).resolve("typescript/bin/tsc")
process.exit(run([tsc, "-b", "tsconfig.typecheck.json", ...process.argv.slice(2)]))
