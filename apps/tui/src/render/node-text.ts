/** The text of an mdast subtree, without styling (for table cells and labels). */
export function nodeText(node: object): string {
  if ("value" in node && typeof node.value === "string") return node.value
  if ("children" in node && Array.isArray(node.children))
    return node.children.map((c: object) => nodeText(c)).join("")
  return "alt" in node && typeof node.alt === "string" ? node.alt : ""
}
