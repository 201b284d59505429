// What each kind of page loads and how soon a note page is interactive, for this checkout's export
// and, interleaved in the same run, another checkout's (before/after):
//   node bench/page-js.mjs [--before=../../before/apps/web] [--rounds=7] [--throttle=4]
// (run from apps/web after `pnpm build` in each checkout; `--before` names that checkout's apps/web).
//
// 1. First-load JS per page kind, gzipped, from the built export (bench/lib/first-load-js.mjs):
//    script files, and the page's inline scripts (Next's RSC payload, the theme script) apart.
// 2. A note page in Chromium, each round a fresh context (nothing cached), the two exports taking
//    turns: the time until its search shortcut listens (`.search-button[data-listening]`, set by
//    React's search box after hydration, and by the plain script once it ran), DOMContentLoaded and
//    load, and the renderer's main-thread time (CDP Performance: TaskDuration, ScriptDuration) as
//    the CPU it cost. `--throttle=N` slows the renderer's CPU N× (CDP), as on a slow phone.
import { existsSync, readdirSync } from "node:fs"
import { loadavg } from "node:os"
import { join, resolve } from "node:path"
import { launchBrowser } from "../scripts/lib/browser.mjs"
import { APP_DIR } from "../scripts/lib/data-dir.mjs"
import { createStaticServer } from "../scripts/lib/static-server.mjs"
import { firstLoadJs, gzippedFile } from "./lib/first-load-js.mjs"

const option = (name, fallback) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const rounds = Number(option("rounds", "7"))
const throttle = Number(option("throttle", "1"))
const beforeDir = option("before", "")

const sides = [{ name: "after", out: join(APP_DIR, "out") }]
if (beforeDir) sides.unshift({ name: "before", out: join(resolve(beforeDir), "out") })
for (const side of sides)
  if (!existsSync(join(side.out, "index.html")))
    throw new Error(`${side.out}/index.html missing: build that site first`)

/** One page of each kind, as a path inside an export. */
const NOTE = "notes/kubernetes-intro-install/index.html"
const KINDS = {
  note: NOTE,
  home: "index.html",
  term: "terms/kubelet/index.html",
  glossary: "glossary/index.html",
  command: commandPage,
  "commands (cheat sheet)": "commands/index.html",
  search: "search/index.html",
  study: "study/index.html",
  path: "path/index.html",
  graph: "graph/index.html",
  "not found": "404.html",
}

/** A command's own page: named by a hash, so the first one there is. */
function commandPage(out) {
  const name = readdirSync(join(out, "commands")).find((entry) => entry.startsWith("cmd-"))
  return name ? `commands/${name}/index.html` : undefined
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

console.log(
  `load average at start: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(" ")}`,
)
console.log("\nfirst-load JS per page kind, gzipped (script files | inline scripts), and the HTML gzipped")
console.log(
  `  ${"page".padEnd(24)}${sides.map((s) => `${s.name.padStart(12)} files ${"inline".padStart(9)} ${"html".padStart(9)}`).join("  ")}`,
)
for (const [kind, spec] of Object.entries(KINDS)) {
  const cells = sides.map((side) => {
    const file = typeof spec === "function" ? spec(side.out) : spec
    if (!file || !existsSync(join(side.out, file)))
      return `${"–".padStart(18)} ${"".padStart(9)} ${"".padStart(9)}`
    const { js, inline } = firstLoadJs(side.out, join(side.out, file))
    return `${kb(js).padStart(18)} ${kb(inline).padStart(9)} ${kb(gzippedFile(join(side.out, file))).padStart(9)}`
  })
  console.log(`  ${kind.padEnd(24)}${cells.join("  ")}`)
}

// A note page in Chromium, the exports taking turns.
const servers = await Promise.all(
  sides.map(
    (side) =>
      new Promise((done) => {
        const server = createStaticServer({ root: side.out })
        server.listen(0, "127.0.0.1", () =>
          done({ ...side, server, url: `http://127.0.0.1:${server.address().port}` }),
        )
      }),
  ),
)
const browser = await launchBrowser()
const noteUrl = `/${NOTE.replace(/index\.html$/, "")}`
const samples = Object.fromEntries(sides.map((side) => [side.name, []]))

async function measure(side) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send("Performance.enable")
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle })
  await page.addInitScript(() => {
    const seen = () => document.querySelector(".search-button[data-listening]")
    new MutationObserver((_, observer) => {
      if (!seen()) return
      window.__knInteractive = performance.now()
      observer.disconnect()
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["data-listening"],
    })
  })
  await page.goto(`${side.url}${noteUrl}`, { waitUntil: "load" })
  await page.waitForFunction(() => window.__knInteractive !== undefined)
  const timing = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType("navigation")
    return {
      interactive: window.__knInteractive,
      domContentLoaded: navigation.domContentLoadedEventEnd,
      load: navigation.loadEventEnd,
    }
  })
  const { metrics } = await cdp.send("Performance.getMetrics")
  const metric = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000
  await context.close()
  return { ...timing, task: metric("TaskDuration"), script: metric("ScriptDuration") }
}

await measure(servers[0]) // a first run warms Chromium itself, not either export
for (let round = 0; round < rounds; round++) {
  const order = round % 2 ? [...servers].reverse() : servers
  for (const side of order) samples[side.name].push(await measure(side))
}
await browser.close()
for (const side of servers) side.server.close()

console.log(
  `\na note page in Chromium (${NOTE.replace(/\/index\.html$/, "/")}), median of ${rounds} fresh contexts, interleaved${throttle > 1 ? `, CPU throttled ${throttle}×` : ""}`,
)
console.log(
  `  ${"".padEnd(8)}${["interactive", "DOMContentLoaded", "load", "main-thread task", "of it script"].map((h) => h.padStart(18)).join("")}`,
)
for (const side of servers) {
  const of = (key) => `${median(samples[side.name].map((s) => s[key])).toFixed(1)} ms`.padStart(18)
  console.log(
    `  ${side.name.padEnd(8)}${of("interactive")}${of("domContentLoaded")}${of("load")}${of("task")}${of("script")}`,
  )
}
if (servers.length === 2) {
  const ratio = (key) =>
    (median(samples.after.map((s) => s[key])) / median(samples.before.map((s) => s[key]))).toFixed(2)
  console.log(
    `  after/before: interactive ${ratio("interactive")}×, main-thread task ${ratio("task")}×, script ${ratio("script")}×`,
  )
}
console.log(
  `load average at end: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(" ")}`,
)
