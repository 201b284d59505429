/** Where things are, from this package's folder: the content root, the repo root, and beside it. */
import { fileURLToPath } from "node:url"

export const contentRoot = fileURLToPath(new URL("../../", import.meta.url))
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url))
/** `../shared/` beside the repository: present on a developer's machine, maybe not in CI. */
export const sharedRoot = fileURLToPath(new URL("../../../../shared/", import.meta.url))
export const distRoot = `${contentRoot}dist/`
