/**
 * Image and link targets that try to leave the content folder. Core must refuse every one
 * (`unsafe-path`): none may become an asset, a link edge or a copied file.
 */

export const UNSAFE_TARGETS: readonly string[] = [
  "../../../../etc/passwd",
  "../../outside.png",
  "sub/../../../outside.png",
  "/etc/passwd",
  "/etc/hosts.png",
  "C:\\Windows\\win.ini",
  "file:///etc/passwd",
  "FILE:///etc/shadow.png",
  "%2e%2e/%2e%2e/etc/passwd",
  "%2E%2E%2F%2E%2E%2Fsecret.png",
  "..%2f..%2fsecret.md",
  "images/%00../../x.png",
  "//evil.example/share/x.png",
]

/** The note that writes each as an image (line 5 + 6i) and as a link to a note (line 7 + 6i). */
export function pathNote(): string {
  const lines = ["# 경로 탈출", ""]
  UNSAFE_TARGETS.forEach((target, index) => {
    lines.push(
      `#### ${index + 1}. 경로 ${index + 1}`,
      "",
      `![그림](<${target}>)`,
      "",
      `[링크](<${target}.md>)`,
      "",
    )
  })
  return lines.join("\n")
}
