/**
 * The hostile folder: every vector placed where a note's author could put it (paragraphs,
 * headings, tables, link titles, term lists, front matter, the glossary, code, commands,
 * file names), plus the broken files and the path escapes. `hostileFiles()` is the text and
 * bytes; `writeHostileFolder()` also adds what only a disk can hold (symlinks out and loops).
 */
import { mkdir, symlink, writeFile } from "node:fs/promises"
import { dirname, join } from "node:path"
import { BROKEN_FILES, GOOD_NOTE } from "./broken-files.ts"
import { pathNote } from "./path-vectors.ts"
import { TERMINAL_VECTORS } from "./terminal-vectors.ts"
import { XSS_VECTORS } from "./xss-vectors.ts"

const oneLine = XSS_VECTORS.filter((vector) => !vector.markdown.includes("\n"))
const yamlString = (text: string) => JSON.stringify(text)

function xssNotes(): Record<string, string> {
  const section = (title: string, body: string[]) => [`# ${title}`, "", ...body].join("\n")
  return {
    "xss/paragraphs.md": section(
      "XSS: 본문",
      XSS_VECTORS.flatMap((v, i) => [`#### ${i + 1}. ${v.name}`, "", v.markdown, ""]),
    ),
    "xss/headings.md": section(
      "XSS: 제목",
      oneLine.flatMap((v, i) => [`## ${i + 1}. ${v.markdown}`, "", "본문", ""]),
    ),
    "xss/tables.md": section("XSS: 표", [
      "| 이름 | 벡터 |",
      "| --- | --- |",
      ...oneLine.map((v) => `| ${v.name} | ${v.markdown.replace(/\|/g, "\\|")} |`),
      "",
    ]),
    "xss/link-titles.md": section(
      "XSS: 링크 제목",
      oneLine.map((v) => `[${v.name}](https://kubernetes.io/docs ${yamlString(v.markdown)})\n`),
    ),
    "xss/terms.md": section("XSS: 용어 정의", [
      "#### 1. 용어",
      "",
      ...oneLine.map((v, i) => `- 용어${i + 1} : ${v.markdown}`),
      "",
    ]),
    "xss/frontmatter.md": [
      "---",
      `title: ${yamlString(XSS_VECTORS[0]?.markdown ?? "")}`,
      ...oneLine.map((v, i) => `field${i + 1}: ${yamlString(v.markdown)}`),
      "---",
      "",
      "#### 1. 본문",
      "",
    ].join("\n"),
    ...Object.fromEntries(
      oneLine
        .slice(0, 12)
        .map((v) => [
          `xss/titles/${v.name}.md`,
          `---\ntitle: ${yamlString(v.markdown)}\n---\n\n#### 1. 본문\n`,
        ]),
    ),
  }
}

function terminalNotes(): Record<string, string> {
  const notes: Record<string, string> = {}
  TERMINAL_VECTORS.forEach((v, i) => {
    notes[`terminal/${v.name}.md`] = [
      "---",
      `title: ${yamlString(`터미널 ${v.text}`)}`,
      "---",
      "",
      `#### 1. 제목 ${v.text}`,
      "",
      `본문 ${v.text}`,
      "",
      `- 터미널용어${i + 1} : 정의 ${v.text}`,
      "",
      `설치 확인 명령어 : kubectl get pods ${v.text}`,
      "",
      "```bash",
      `kubectl describe pod ${v.text}`,
      "```",
      "",
      `[링크 ${v.text}](https://kubernetes.io/docs)`,
      "",
    ].join("\n")
  })
  // File names: control characters are legal in Linux file names.
  notes[`terminal/name-\u001b[2J\u001b]0;PWNED\u0007.md`] = "#### 1. 파일 이름\n\n본문\n"
  notes["terminal/name-\u202eoslo.md"] = "#### 1. 파일 이름 bidi\n\n본문\n"
  return notes
}

function glossary(): string {
  const entries = [
    ...oneLine
      .slice(0, 20)
      .map(
        (v, i) =>
          `XssTerm${i + 1}:\n  aliases: [${yamlString(v.markdown)}]\n  definition: ${yamlString(v.markdown)}`,
      ),
    ...TERMINAL_VECTORS.map(
      (v, i) =>
        `TermEsc${i + 1}:\n  aliases: [${yamlString(`별칭${i + 1} ${v.text}`)}]\n  definition: ${yamlString(v.text)}`,
    ),
  ]
  return `${entries.join("\n")}\n`
}

/** Every hostile file, path → text or bytes. Paths may hold control characters. */
export function hostileFiles(): Record<string, string | Uint8Array> {
  return {
    "good.md": GOOD_NOTE,
    "glossary.yaml": glossary(),
    "images/ok.png": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    "paths/escapes.md": pathNote(),
    ...xssNotes(),
    ...terminalNotes(),
    ...Object.fromEntries(BROKEN_FILES.map((file) => [file.path, file.content])),
  }
}

/** Symlinks only a disk can hold: out of the folder, to a secret file, loops, dangling. */
export const SYMLINKS: readonly { path: string; target: (outside: string, root: string) => string }[] = [
  { path: "links/etc", target: () => "/etc" },
  { path: "links/passwd.md", target: () => "/etc/passwd" },
  { path: "links/outside.md", target: (outside) => join(outside, "secret.md") },
  { path: "links/outside-dir", target: (outside) => outside },
  { path: "links/loop", target: (_outside, root) => root },
  { path: "links/self-a", target: (_outside, root) => join(root, "links/self-b") },
  { path: "links/self-b", target: (_outside, root) => join(root, "links/self-a") },
  { path: "links/dangling.md", target: () => "does-not-exist.md" },
  { path: "links/inside.md", target: () => "../good.md" },
]

/** Writes the hostile folder to `root` and a secret beside it in `outside` that must never be read. */
export async function writeHostileFolder(root: string, outside: string): Promise<void> {
  await mkdir(outside, { recursive: true })
  await writeFile(join(outside, "secret.md"), "# SECRET outside the content folder\n")
  for (const [path, content] of Object.entries(hostileFiles())) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), content)
  }
  for (const link of SYMLINKS) {
    await mkdir(dirname(join(root, link.path)), { recursive: true })
    await symlink(link.target(outside, root), join(root, link.path))
  }
}
