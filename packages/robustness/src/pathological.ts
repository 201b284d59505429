/**
 * Pathological size and shape: notes too big or too deep for any person to write, generated
 * on demand (never committed). Each must build; how long and how much memory it takes is
 * measured, never asserted. Nesting deeper than core's limit (64) is kept as text or flattened
 * with a `nested-too-deep` warning, so depth costs neither the stack nor quadratic time.
 */

export interface PathologicalCase {
  /** File-name-safe name, also the note's name. */
  readonly name: string
  /** What the note holds, for docs/robustness.md. */
  readonly shape: string
  /** The diagnostics (severity and rule, sorted, each once) the build must report. */
  readonly rules: readonly string[]
  /** The note's text. */
  make(): string
}

const MIB = 1024 * 1024

/** A realistic section (number, term, command, link, image, Korean prose) to repeat. */
function section(index: number): string {
  const prose = "쿠버네티스 클러스터의 노드에서 큐블렛은 파드를 관리한다. ".repeat(6)
  return [
    `## ${index}. 섹션 ${index}`,
    "",
    `- kubelet : 노드 에이전트 ${index}`,
    "",
    "설치 확인 명령어 : minikube version",
    "",
    "```bash",
    `kubectl get pods -n ns${index % 50}`,
    "```",
    "",
    `[공식 문서](https://kubernetes.io/docs/${index % 100}) ![그림](images/${index % 10}.png) ${prose}`,
    "",
    "",
  ].join("\n")
}

function bigNote(bytes: number): string {
  const parts = ["# 큰 노트\n\n"]
  let size = 0
  for (let index = 1; size < bytes; index++) {
    const part = section(index)
    parts.push(part)
    size += Buffer.byteLength(part)
  }
  return parts.join("")
}

function lines(count: number, line: (index: number) => string): string {
  return Array.from({ length: count }, (_, index) => line(index)).join("\n")
}

export const PATHOLOGICAL_CASES: readonly PathologicalCase[] = [
  {
    name: "deep-list",
    shape: "a list nested 10,000 deep (`- - - … x`)",
    rules: ["warning nested-too-deep"],
    make: () => `# 깊은 목록\n\n${"- ".repeat(10_000)}x\n`,
  },
  {
    name: "deep-ordered-list",
    shape: "an ordered list nested 10,000 deep (`1. 1. … x`)",
    rules: ["warning nested-too-deep"],
    make: () => `# 깊은 번호 목록\n\n${"1. ".repeat(10_000)}x\n`,
  },
  {
    name: "deep-blockquote",
    shape: "blockquotes nested 10,000 deep (`>>>… x`)",
    rules: ["warning nested-too-deep"],
    make: () => `# 깊은 인용\n\n${">".repeat(10_000)} x\n`,
  },
  {
    name: "deep-indented-list",
    // 500, not 1,000: micromark itself is superlinear here (1,000 levels, 1 MB: ~70 s; see
    // docs/robustness.md), which would dominate CI without proving more.
    shape: "a list nested 500 deep by indentation (each level on its own line)",
    rules: ["warning nested-too-deep"],
    make: () => `# 들여쓴 목록\n\n${lines(500, (i) => `${"  ".repeat(i)}- 항목 ${i}`)}\n`,
  },
  {
    name: "long-line",
    shape: "one 1 MiB line of Korean and English words",
    rules: [],
    make: () => `# 긴 줄\n\n${"가나다 kubelet ".repeat(MIB / 16)}\n`,
  },
  {
    name: "big-note",
    shape: "a 10 MiB note of realistic numbered sections (terms, commands, links, images)",
    rules: ["warning missing-asset"],
    make: () => bigNote(10 * MIB),
  },
  {
    name: "many-links",
    shape: "100,000 links to distinct URLs in one paragraph",
    rules: [],
    make: () => `# 링크\n\n${lines(100_000, (i) => `[링크 ${i}](https://example.com/${i})`)}\n`,
  },
  {
    name: "many-headings",
    shape: "50,000 headings, every seventh numbered",
    rules: ["warning numbering-gap"],
    make: () => `# 제목들\n\n${lines(50_000, (i) => `## ${i % 7 === 0 ? `${i}. ` : ""}제목 ${i}\n\n본문\n`)}`,
  },
]
