// Pages without Next's client runtime and React. Most pages use client components only for four
// things — the header's search box, the theme toggle, copy buttons and study badges — and ~135 KB
// gzipped of Next's runtime and React came with them on every page, the 1,000 note pages too.
// Such a page loses every Next script and its inline RSC payload here, and instead loads one small
// plain script (src/plain/page.ts, bundled by esbuild from the same logic modules the React
// components use) that does those four things on the markup Next rendered for them.
//
// Which pages: those whose RSC payload names no client component but the four (and Next's own);
// the others (search, study, path, graph view, the cheat sheet's shell filter) keep React. Note
// pages are made plain through their template (fill-note-pages.mjs), the rest in place.
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import { basename, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { buildSync, version as esbuildVersion } from "esbuild"
import { scriptElements } from "./script-elements.mjs"

const ENTRY = fileURLToPath(new URL("../../src/plain/page.ts", import.meta.url))
/** Under `_next/static/`, which hosts (and scripts/lib/static-server.mjs) serve as immutable. */
const SCRIPT_DIR = "_next/static/plain"

/** The client components a plain page does without: their work is in src/plain/page.ts. */
const REPLACED = new Set(["SearchBox", "ThemeToggle", "Enhancements", "StudyBadges"])
/**
 * Next's own client references in every payload (the layout router, the metadata and viewport
 * boundaries, the icon mark). The site's client components are named exports, never `default`.
 */
const NEXT_OWN = new Set(["default", "OutletBoundary", "ViewportBoundary", "MetadataBoundary", "IconMark"])

const SCRIPT_PRELOAD = /<link rel="preload" as="script"[^>]*\/?>/g
/** The pre-paint theme script (src/lib/theme-script.ts): the one inline script a plain page keeps. */
const THEME_MARK = 'classList.add("js")'
const PAYLOAD_MARK = "self.__next_f"

/** Where the last bundle of the plain script is kept with the inputs it was made from. */
const CACHE_DIR = fileURLToPath(new URL("../../dist/plain-script", import.meta.url))

/**
 * What a bundle was made from: esbuild's version, the options that vary (`basePath`, the working
 * folder esbuild names inputs by) and every input file it read, with its bytes. Undefined when an
 * input is gone.
 */
function inputsKey(inputs, basePath) {
  const hash = createHash("sha256").update(`${esbuildVersion}\0${basePath}\0${process.cwd()}\0`)
  for (const input of inputs) {
    if (!existsSync(input)) return undefined
    hash.update(`${input}\0`).update(readFileSync(input)).update("\0")
  }
  return hash.digest("hex")
}

/**
 * The plain script bundled from `entry` (esbuild, ES modules: it splits search's engine into a
 * chunk of its own that loads when search first opens): its files by name, the entry's name and
 * the chunks it imports at once. Kept in `cacheDir` with the key of its inputs (inputsKey): a
 * build whose inputs are the same reuses it instead of bundling again.
 */
export function bundlePlainScript({ entry = ENTRY, basePath = "", cacheDir = CACHE_DIR } = {}) {
  const manifest = join(
    cacheDir,
    `${createHash("sha256").update(`${entry}\0${basePath}`).digest("hex").slice(0, 16)}.json`,
  )
  try {
    const kept = JSON.parse(readFileSync(manifest, "utf8"))
    if (kept.key === inputsKey(kept.inputs, basePath)) return kept.bundle
  } catch {
    // None kept yet, or unreadable: bundle.
  }
  const { outputFiles, metafile } = buildSync({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    splitting: true,
    outdir: join(cacheDir, "out"),
    entryNames: "[name]-[hash]",
    chunkNames: "chunk-[hash]",
    platform: "browser",
    target: "es2020",
    write: false,
    legalComments: "none",
    // Korean words as UTF-8, not \uXXXX escapes (a third of the bytes; pages are UTF-8 already).
    charset: "utf8",
    define: { "process.env.NEXT_PUBLIC_BASE_PATH": JSON.stringify(basePath) },
    metafile: true,
  })
  const [entryFile, output] = Object.entries(metafile.outputs).find(([, out]) => out.entryPoint) ?? []
  if (!entryFile) throw new Error("esbuild wrote no page script")
  const bundle = {
    files: outputFiles.map((file) => ({ name: basename(file.path), text: file.text })),
    entry: basename(entryFile),
    imports: output.imports.filter((i) => i.kind === "import-statement").map((i) => basename(i.path)),
  }
  const inputs = Object.keys(metafile.inputs).map((input) => resolve(input))
  const key = inputsKey(inputs, basePath)
  mkdirSync(cacheDir, { recursive: true })
  // Written aside and renamed: builds running at once read a whole manifest or none.
  const temporary = `${manifest}.${process.pid}.tmp`
  writeFileSync(temporary, JSON.stringify({ key, inputs, bundle }))
  renameSync(temporary, manifest)
  return bundle
}

/**
 * Writes the plain script into the export (bundlePlainScript), named by a hash of its text (cached
 * by browsers until it changes). Returns the entry's URL and those of the chunks it imports at once
 * (pages preload them rather than find them after the entry). `basePath` as next.config.ts reads
 * BASE_PATH.
 * @returns {{ src: string, imports: string[] }}
 */
export function writePlainScript(exportDir, basePath = (process.env.BASE_PATH ?? "").replace(/\/+$/, "")) {
  const bundle = bundlePlainScript({ basePath })
  mkdirSync(join(exportDir, SCRIPT_DIR), { recursive: true })
  for (const file of bundle.files) writeFileSync(join(exportDir, SCRIPT_DIR, file.name), file.text)
  const url = (name) => `${basePath}/${SCRIPT_DIR}/${name}`
  return { src: url(bundle.entry), imports: bundle.imports.map(url) }
}

/** Whether a page carries Next's inline RSC payload (in a script element, not in its text). */
const hasPayload = (html) => scriptElements(html).some((script) => script.text.includes(PAYLOAD_MARK))

/**
 * The rows of a page's inline RSC payload, as Next pushed them (`self.__next_f.push([1, "…"])`),
 * or undefined if a push is not the JSON string it should be.
 */
function payloadText(html) {
  let text = ""
  for (const script of scriptElements(html))
    for (const match of script.text.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)) {
      try {
        text += JSON.parse(match[1])
      } catch {
        return undefined
      }
    }
  return text
}

/**
 * The client components a page's inline RSC payload references, by export name: the rows
 * `id:I[module,[chunks],"name"…]`, a name that is `"$id"` read from the string row it points to.
 */
export function clientComponents(html) {
  const strings = new Map()
  const references = []
  for (const line of (payloadText(html) ?? "").split("\n")) {
    const row = /^([0-9a-f]+):(I?)(\[.*\]|".*")$/.exec(line)
    if (!row) continue
    try {
      if (row[2] === "I") references.push(JSON.parse(row[3])[2])
      else if (row[3].startsWith('"')) strings.set(row[1], JSON.parse(row[3]))
    } catch {
      // Not a row of a shape read here (a text row spanning lines): it names no component.
    }
  }
  return new Set(
    references.map((name) =>
      typeof name === "string" && name.startsWith("$") ? strings.get(name.slice(1)) : name,
    ),
  )
}

/** Whether a page Next rendered can do without React: no client component but the four. */
export function canBePlain(html) {
  const names = clientComponents(html)
  // A payload read as naming nothing is a shape this code does not know: keep React.
  if (!names.has("SearchBox")) return false
  for (const name of names) if (!REPLACED.has(name) && !NEXT_OWN.has(name)) return false
  return true
}

/**
 * The page without Next's scripts, script preloads and RSC payload, loading the plain script
 * instead. Throws if the pre-paint theme script is not there exactly once, or if a Next script
 * is left (a Next upgrade that changes the page's shape must fail the build, not ship it half done).
 * @param {string} html
 * @param {{ src: string, imports?: string[] }} script what writePlainScript returned
 */
export function toPlainPage(html, { src, imports = [] }) {
  const isTheme = (script) =>
    !script.attributes.includes("src=") &&
    script.text.includes(THEME_MARK) &&
    !script.text.includes(PAYLOAD_MARK)
  const scripts = scriptElements(html)
  const kept = scripts.filter(isTheme).length
  if (kept !== 1) throw new Error(`expected the theme script once in a page, found it ${kept} times`)
  let page = ""
  let at = 0
  for (const script of scripts) {
    if (isTheme(script)) continue
    page += html.slice(at, script.start)
    at = script.end
  }
  // `"` cannot occur raw in an attribute value, so this pattern matches only real tags.
  page = (page + html.slice(at)).replace(SCRIPT_PRELOAD, "")
  if (scriptElements(page).length !== 1 || /<link[^>]*\bas="script"/.test(page))
    throw new Error("a Next script is left in a plain page")
  const head = page.indexOf("</head>")
  if (head === -1) throw new Error("a page without </head>")
  // A module script runs after the page is parsed, as `defer` would.
  const preloads = imports.map((url) => `<link rel="modulepreload" href="${url}"/>`).join("")
  page = `${page.slice(0, head)}${preloads}<script type="module" src="${src}"></script>${page.slice(head)}`
  return page
}

/**
 * Makes every page of the export that can do without React plain, in place (note pages are
 * done from their template). Returns how many pages were made plain and which kept React.
 */
export function makePagesPlain(exportDir, script) {
  let plain = 0
  const kept = []
  const walk = (dir, relative) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      const name = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        // Note pages are written plain from their template; Next's files and the notes' are no pages.
        if (name !== "_next" && name !== "assets" && name !== "notes") walk(path, name)
        continue
      }
      if (!entry.name.endsWith(".html")) continue
      const html = readFileSync(path, "utf8")
      if (!hasPayload(html)) continue // plain already, or not a page Next rendered
      if (!canBePlain(html)) {
        kept.push(name)
        continue
      }
      writeFileSync(path, toPlainPage(html, script))
      plain++
    }
  }
  walk(exportDir, "")
  return { plain, kept }
}
