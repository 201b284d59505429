/**
 * axe-core on every kind of page of the site export, in one colour scheme: no serious or
 * critical violation. Each scheme is a test file of its own (accessibility-light.test.ts,
 * accessibility-dark.test.ts), so the two run side by side in vitest's two workers instead of
 * one after the other at the end of the browser tests (docs/testing.md).
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { commandPageUrl } from "../../src/lib/urls.ts"
import { reusedPage, startBrowser } from "./browser.ts"

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

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/** The checks of one colour scheme: one browser, one page reused from page to page. */
export function describeAxeChecks(scheme: "light" | "dark"): void {
  const site = inject("siteUrl")
  let browser: Browser
  beforeAll(async () => {
    browser = await startBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  describe("accessibility (axe-core)", () => {
    for (const [name, path] of Object.entries(PAGES))
      it(`should have no serious or critical violations on the ${name} page (${scheme})`, async () => {
        // One page, reused from page to page: a fresh browser context per check costs more than the check.
        const { page } = await reusedPage(browser, { colorScheme: scheme })
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
}
