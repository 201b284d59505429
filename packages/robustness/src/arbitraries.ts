/**
 * fast-check arbitraries for Markdown-ish notes and folders: fragments that exercise every
 * extractor (numbered headings, term lists, commands, links, images, wikilinks, front matter)
 * mixed with the characters that break parsers (CR, BOM, NUL, control codes, NFD Korean).
 */
import fc from "fast-check"

const words = [
  "kubelet",
  "큐블렛",
  "Master Node(Control plane)",
  "플라넬[flannel]",
  "CNI",
  "파드",
  "노드",
  "",
]
const word = fc.constantFrom(...words)
const nasty = fc.constantFrom(
  "\r",
  "\r\n",
  "\uFEFF",
  "\u0000",
  "\u001b[31m",
  "\u009b",
  "\u202e",
  "\t",
  "\\",
  "`",
  "*",
  "_",
  "[",
  "]",
  "(",
  ")",
  "<",
  ">",
  "|",
  "#",
  ":",
  "---",
  "\u1100\u1161", // NFD 가
  "\uD800", // a lone surrogate
)
const number = fc.constantFrom("1.", "1)", "1-1)", "2.", "2-1)", "1.2", "3-", "999.", "1000.", "")
const url = fc.constantFrom(
  "https://kubernetes.io/docs",
  "javascript:alert(1)",
  "data:text/html,x",
  "../x.md",
  "/etc/passwd",
  "file:///etc/passwd",
  "%2e%2e/%2e%2e/x.png",
  "b.md",
  "b.md#1-개요",
  "#설치",
  "images/a.png",
  "",
)

const inline = fc.oneof(
  word,
  nasty,
  fc.string({ maxLength: 12 }),
  fc.tuple(word, url).map(([t, u]) => `[${t}](${u})`),
  fc.tuple(word, url).map(([t, u]) => `![${t}](${u})`),
  word.map((w) => `[[${w}]]`),
  word.map((w) => `**${w}**`),
  fc.constantFrom("설치 확인 명령어 : minikube version", '"https://example.com/a"에서', "`kubectl get pods`"),
)
const line = fc.array(inline, { maxLength: 6 }).map((parts) => parts.join(" "))

const block = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 7 }), number, line).map(([d, n, t]) => `${"#".repeat(d)} ${n} ${t}`),
  fc.tuple(word, line).map(([w, t]) => `- ${w} : ${t}`),
  fc.tuple(word, line).map(([w, t]) => `- ${w}\n  - ${t}`),
  fc
    .tuple(fc.constantFrom("", "bash", "powershell", "ps1"), fc.array(line, { maxLength: 3 }))
    .map(
      ([lang, ls]) =>
        `\`\`\`${lang}\n${["kubectl get pods", "PS> minikube start", ...ls].join("\n")}\n\`\`\``,
    ),
  fc
    .array(line, { maxLength: 3 })
    .map((ls) => `| a | b |\n|---|---|\n${ls.map((l) => `| ${l} | x |`).join("\n")}`),
  fc.integer({ min: 1, max: 40 }).map((depth) => `${"> ".repeat(depth)}${"- ".repeat(depth)}x`),
  line,
)

const frontMatter = fc.oneof(
  fc.constant(""),
  fc.constantFrom(
    "---\ntitle: 제목\norder: 2\n---\n",
    "---\ntitle: [unclosed\n---\n",
    "---\ntitle: a\ntitle: b\n---\n",
    "---\n\ttitle: tab\n---\n",
    "---\n- a list\n---\n",
    "---\n",
  ),
  line.map((l) => `---\ntitle: ${JSON.stringify(l)}\n---\n`),
)

/** One note's text. */
export const noteText = fc
  .tuple(frontMatter, fc.array(block, { maxLength: 12 }), fc.constantFrom("\n", "\r\n", "\r"))
  .map(([fm, blocks, eol]) => (fm + blocks.join("\n\n")).replace(/\n/g, eol))

const segment = fc.constantFrom("a", "A", "b", "설치", "설치".normalize("NFD"), "노트 1", "x.y", "sub")
const notePath = fc
  .tuple(fc.array(segment, { maxLength: 2 }), segment, fc.constantFrom(".md", ".MD", ".markdown"))
  .map(([dirs, name, ext]) => [...dirs, `${name}${ext}`].join("/"))

const glossary = fc.constantFrom(
  "terms:\n  - name: Kubelet\n    aliases: [큐블렛, kubelet]\n    definition: 노드 에이전트\n",
  "terms: [unclosed\n",
  "- 1\n- 2\n",
  "",
)

/** A folder: notes (text or raw bytes), maybe an image and a glossary. */
export const folder = fc
  .tuple(
    fc.dictionary(notePath, fc.oneof({ weight: 6, arbitrary: noteText }, fc.uint8Array({ maxLength: 64 })), {
      maxKeys: 6,
    }),
    fc.option(glossary, { nil: undefined }),
  )
  .map(([notes, gloss]) => {
    const files: Record<string, string | Uint8Array> = {
      ...notes,
      "images/a.png": new Uint8Array([0x89, 0x50]),
    }
    if (gloss !== undefined) files["glossary.yaml"] = gloss
    return files
  })
