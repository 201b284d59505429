/**
 * A rebuild that skips `next build` (scripts/next-build.mjs): after a text edit Next's input is
 * unchanged, so the export is kept and only the note pages and the directly written files are
 * rewritten — and the result must be the export a full build of the edited notes makes, file for
 * file. A change the other pages read (a note's title, a new term) must change the export's
 * fingerprint, and leave Next's own (the shell's: no page Next renders reads the notes).
 * Three tiny notes; two `next build` runs (the build and the full build to compare with): in `pnpm test:full`.
 */
import { execFileSync } from "node:child_process"
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { decodeGraph } from "@kube-notes/graph"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { compareExports } from "../../bench/lib/compare-exports.mjs"
import { getCodeFingerprint } from "../../scripts/lib/code-fingerprint.mjs"
import { APP_DIR } from "../../scripts/lib/data-dir.mjs"
import { findReusableBuild } from "../../scripts/lib/export-update.mjs"
import { buildFingerprints } from "../../scripts/lib/next-input.mjs"

const content = mkdtempSync(join(tmpdir(), "kube-notes-rebuild-"))
const edited = { data: "dist/rebuild-test-data", out: "dist/rebuild-test" }
const full = { data: "dist/rebuild-test-full-data", out: "dist/rebuild-test-full" }
const SENTENCE = "덧붙인 문장은 노트 페이지에만 보인다."

const NOTES: Record<string, string> = {
  "01-pod.md":
    "# 파드\n\n## 1. 파드란\n\n파드(Pod) : 컨테이너를 묶어 배포하는 가장 작은 단위\n\n```bash\nkubectl get pods\n```\n",
  "02-service.md":
    "# 서비스\n\n## 1. 서비스란\n\n서비스는 파드 묶음에 고정된 주소를 준다.\n\n## 2. 종류\n\nClusterIP 와 NodePort 가 있다.\n",
  "03-node.md": "# 노드\n\n노드는 파드가 실행되는 기계다.\n\n## 1. 구성\n\nkubelet 이 노드마다 돈다.\n",
}
const GLOSSARY = "Kubernetes:\n  aliases: [k8s, 쿠버네티스]\n  definition: 컨테이너 오케스트레이션 플랫폼.\n"

/** prepare + next-build, as `pnpm build` runs them; returns what next-build printed. */
function build({ data, out }: { data: string; out: string }, extra: Record<string, string> = {}): string {
  const env = {
    ...process.env,
    KUBE_NOTES_CONTENT: content,
    KUBE_NOTES_WEB_DATA: data,
    KUBE_NOTES_WEB_OUT: out,
    KUBE_NOTES_WEB_FULL: "",
    BASE_PATH: "",
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  }
  execFileSync(process.execPath, ["scripts/prepare-content.mjs"], { cwd: APP_DIR, env, stdio: "ignore" })
  return execFileSync(process.execPath, ["scripts/next-build.mjs"], { cwd: APP_DIR, env, encoding: "utf8" })
}

/** The fingerprints next-build.mjs would compare for the data prepare writes from the notes now. */
function fingerprintsNow() {
  execFileSync(process.execPath, ["scripts/prepare-content.mjs"], {
    cwd: APP_DIR,
    env: { ...process.env, KUBE_NOTES_CONTENT: content, KUBE_NOTES_WEB_DATA: edited.data, BASE_PATH: "" },
    stdio: "ignore",
  })
  const dataDir = join(APP_DIR, edited.data)
  const graph = decodeGraph(JSON.parse(readFileSync(join(dataDir, "graph.json"), "utf8")))
  const previousBase = process.env.BASE_PATH
  process.env.BASE_PATH = ""
  const code = getCodeFingerprint()
  if (previousBase === undefined) delete process.env.BASE_PATH
  else process.env.BASE_PATH = previousBase
  return buildFingerprints(code, dataDir, graph)
}

/** Whether next-build.mjs would keep the last export of `edited` for the notes now. */
function wouldSkip(): boolean {
  const fingerprint = fingerprintsNow().export
  const dataDir = join(APP_DIR, edited.data)
  return findReusableBuild(dataDir, { fingerprint, exportDir: join(APP_DIR, edited.out) }) !== undefined
}

let rebuildLog = ""

beforeAll(() => {
  for (const [name, text] of Object.entries(NOTES)) writeFileSync(join(content, name), text)
  writeFileSync(join(content, "glossary.yaml"), GLOSSARY)
  for (const dir of [edited, full])
    for (const path of Object.values(dir)) rmSync(join(APP_DIR, path), { recursive: true, force: true })
  build(edited)
  appendFileSync(join(content, "02-service.md"), `\n${SENTENCE}\n`)
  rebuildLog = build(edited)
})

// The full build to compare with: a hook of its own, each `next build` within one hook's time.
beforeAll(() => {
  build(full, { KUBE_NOTES_WEB_FULL: "1" })
})

afterAll(() => {
  rmSync(content, { recursive: true, force: true })
  for (const dir of [edited, full])
    for (const path of Object.values(dir)) rmSync(join(APP_DIR, path), { recursive: true, force: true })
})

describe("a rebuild after a text edit", () => {
  it("skips next build and shows the edit on the note's page", () => {
    expect(rebuildLog).toContain("next build skipped")
    const page = readFileSync(join(APP_DIR, edited.out, "notes/02-service/index.html"), "utf8")
    expect(page).toContain(SENTENCE)
  })

  it("gives the export a full build of the edited notes gives, file for file", () => {
    expect(compareExports(join(APP_DIR, edited.out), join(APP_DIR, full.out))).toEqual([])
  })

  it("puts the edited text in the search index it writes without Next", () => {
    expect(readFileSync(join(APP_DIR, edited.out, "search-index.json"), "utf8")).toContain("덧붙인")
  })
})

describe("the export's fingerprint", () => {
  it("is unchanged by a second text edit, and changed by a note's new title (Next's is not)", () => {
    appendFileSync(join(content, "03-node.md"), "\n또 하나의 문장.\n")
    expect(wouldSkip()).toBe(true)
    const shell = fingerprintsNow().shell
    const note = readFileSync(join(content, "01-pod.md"), "utf8")
    writeFileSync(join(content, "01-pod.md"), note.replace("# 파드", "# 파드와 컨테이너"))
    expect(wouldSkip()).toBe(false)
    expect(fingerprintsNow().shell).toBe(shell)
    writeFileSync(join(content, "01-pod.md"), note)
  })

  it("is changed by a new term in the glossary", () => {
    expect(wouldSkip()).toBe(true)
    appendFileSync(
      join(content, "glossary.yaml"),
      "Service:\n  aliases: [서비스]\n  definition: 파드 묶음에 고정된 주소를 주는 오브젝트.\n",
    )
    expect(wouldSkip()).toBe(false)
  })
})
