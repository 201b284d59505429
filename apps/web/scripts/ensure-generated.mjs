// Typecheck needs src/generated/content-version.ts to exist; the build writes it too.
import { ensureContentVersion } from "./lib/content-version.mjs"

await ensureContentVersion()
