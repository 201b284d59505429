import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { commandPageUrl } from "../../src/lib/urls.ts"
import { openPage, startBrowser, type WatchedPage } from "./browser.ts"

const site = inject("siteUrl")
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8")
const PAGES = {
  home: "/",
  note: "/notes/kubernetes-intro-install/",
  term: "/terms/kubelet/",
  glossary: "/glossary/",
  commands: "/commands/",
  command: commandPageUrl("command:kubectl get nodes"),
  graph: "/graph/",
  // With a query: the results list the search page shows (React, unlike the pages around it).
  search: "/search/?q=%ED%81%90%EB%B8%94%EB%A0%9B",
  "not found": "/404/",
} as const

let browser: Browser
beforeAll(async () => {
  browser = await startBrowser()
})
// One page per colour scheme, reused from page to page: a fresh browser context per check
// costs more than the check.
const pages = new Map<string, Promise<WatchedPage>>()
const pageFor = (scheme: "light" | "dark") => {
  if (!pages.has(scheme)) pages.set(scheme, openPage(browser, { colorScheme: scheme }))
  return pages.get(scheme) as Promise<WatchedPage>
}
afterAll(async () => {
  await browser?.close()
})

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

describe("accessibility (axe-core)", () => {
  for (const scheme of ["light", "dark"] as const)
    for (const [name, path] of Object.entries(PAGES))
      it(`should have no serious or critical violations on the ${name} page (${scheme})`, async () => {
        const { page } = await pageFor(scheme)
        const response = await page.goto(`${site}${path}`, { waitUntil: "networkidle" })
        // Checking the 404 page in place of a missing one would prove nothing.
        if (name !== "not found") expect(response?.status()).toBe(200)
        await page.addScriptTag({ content: AXE_SOURCE })
        const violations = (await page.evaluate(async () => {
          const axe = (
            window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }
          ).axe
          return (await axe.run(document)).violations
        })) as AxeViolation[]
        const severe = violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map(
            (v) =>
              `${v.id} (${v.impact}): ${v.help} at ${v.nodes
                .map((n) => n.target.join(" "))
                .slice(0, 3)
                .join(", ")}`,
          )
        expect(severe).toEqual([])
      })
})
