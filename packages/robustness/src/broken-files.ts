/**
 * Broken files: what half-finished drafts, Windows editors and wrong file types look like.
 * Each entry says which diagnostic rule it must yield; `good.md` must still build beside them.
 */

export interface BrokenFile {
  readonly path: string
  readonly content: string | Uint8Array
  /** Rules (severity and id) core must report for this file, in order. */
  readonly rules: readonly string[]
  /** The note's title when it still builds, undefined when it is skipped. */
  readonly title: string | undefined
}

const utf8 = (text: string) => new TextEncoder().encode(text)

export const GOOD_NOTE = "# 좋은 노트\n\n#### 1. 개요\n\n- kubelet : 노드 에이전트\n"

export const BROKEN_FILES: readonly BrokenFile[] = [
  {
    path: "broken/bad-yaml.md",
    content: "---\ntitle: [unclosed\n---\n# 나쁜 YAML\n",
    rules: ["error malformed-frontmatter"],
    title: "나쁜 YAML",
  },
  {
    path: "broken/tabs.md",
    content: "---\ntitle: 탭\n\tdescription: tab-indented\n---\n# 탭 들여쓰기\n",
    rules: ["error malformed-frontmatter"],
    title: "탭 들여쓰기",
  },
  {
    path: "broken/duplicate-keys.md",
    content: "---\ntitle: 하나\ntitle: 둘\n---\n# 중복 키\n",
    rules: ["error malformed-frontmatter"],
    title: "중복 키",
  },
  {
    path: "broken/not-a-mapping.md",
    content: "---\n- 목록\n- 이다\n---\n# 목록 front matter\n",
    rules: ["error malformed-frontmatter"],
    title: "목록 front matter",
  },
  {
    path: "broken/huge-frontmatter.md",
    content: `---\ntitle: 큰 front matter\nblob: "${"가".repeat(350_000)}"\n---\n# 본문 제목\n`,
    rules: ["error malformed-frontmatter"],
    title: "본문 제목",
  },
  {
    path: "broken/unclosed-frontmatter.md",
    content: "---\ntitle: 닫히지 않음\n# 제목\n",
    // Without a closing `---` it is no front matter: a thematic break, then text; the heading
    // does not open the note, so the file name is the title.
    rules: [],
    title: "unclosed-frontmatter",
  },
  {
    path: "broken/invalid-utf8.md",
    content: new Uint8Array([...utf8("# 깨진 인코딩\n\n본문 "), 0xc3, 0x28, 0xff, 0xfe, 0x41, 0x0a]),
    rules: ["error not-utf8"],
    title: "깨진 인코딩",
  },
  {
    path: "broken/euc-kr.md",
    // "# 한국어" in EUC-KR: every Hangul byte pair is invalid UTF-8.
    content: new Uint8Array([0x23, 0x20, 0xc7, 0xd1, 0xb1, 0xb9, 0xbe, 0xee, 0x0a]),
    rules: ["error not-utf8"],
    title: new TextDecoder().decode(new Uint8Array([0xc7, 0xd1, 0xb1, 0xb9, 0xbe, 0xee])),
  },
  {
    path: "broken/binary.md",
    content: new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]),
    rules: ["error binary-file"],
    title: undefined,
  },
  {
    path: "broken/utf16.md",
    content: new Uint8Array([0xff, 0xfe, 0x23, 0x00, 0x20, 0x00, 0x5c, 0xd5, 0x0a, 0x00]),
    rules: ["error binary-file"],
    title: undefined,
  },
  { path: "broken/empty.md", content: "", rules: ["warning empty-note"], title: "empty" },
  {
    path: "broken/whitespace.md",
    content: " \n\t\n\r\n",
    rules: ["warning empty-note"],
    title: "whitespace",
  },
  {
    path: "broken/only-frontmatter.md",
    content: "---\ntitle: 머리말만\n---\n",
    rules: ["warning empty-note"],
    title: "머리말만",
  },
  {
    path: "broken/duplicate-title-a.md",
    content: "# 같은 제목\n\n#### 1. 하나\n",
    rules: [],
    title: "같은 제목",
  },
  {
    path: "broken/duplicate-title-b.md",
    content: "# 같은 제목\n\n#### 1. 하나\n",
    rules: [],
    title: "같은 제목",
  },
  // The second in core's order (lower case first) gets the `~2` id and the warning.
  { path: "broken/Same-Id.md", content: "# 대문자\n", rules: ["warning duplicate-id"], title: "대문자" },
  { path: "broken/same-id.md", content: "# 소문자\n", rules: [], title: "소문자" },
  {
    path: "broken/slug-collisions.md",
    content: "# 충돌\n\n## 설치!\n\n## 설치?\n\n## 설치\n\n## <b>설치</b>\n",
    rules: ["info duplicate-heading", "info duplicate-heading"],
    title: "충돌",
  },
]
