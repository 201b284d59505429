// Types for the web app's plain-JS helpers this package drives (its static server and its
// Chromium launcher), so the tests use the very code the site's own tests use.
declare module "@kube-notes/web/scripts/lib/static-server.mjs" {
  import type { Server } from "node:http"
  export function createStaticServer(options: { root: string; basePath?: string }): Server
}
declare module "@kube-notes/web/scripts/lib/browser.mjs" {
  import type { Browser } from "playwright-core"
  export function findChromium(env?: NodeJS.ProcessEnv): string | undefined
  export const CHROMIUM_HINT: string
  export function launchBrowser(): Promise<Browser>
}
