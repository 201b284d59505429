import type { Messages } from "../catalogue.ts"

export const reader: Messages["reader"] = {
  aliases: "Aliases",
  noDefinition: "(no definition yet)",
  definedIn: "Defined in",
  mentionedIn: "Mentioned in",
  subtopics: "Subtopics",
  tool: "Tool",
  description: "Note",
  usedIn: "Used in",
  citedIn: "Cited in",
  path: "Path",
  missing: "(missing)",
  shownIn: "Shown in",
  linkedFrom: "Linked from",
  image: "image",
  code: "code",
}
