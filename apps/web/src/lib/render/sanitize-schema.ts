/**
 * GitHub's sanitising rules (hast-util-sanitize's default) plus exactly what the site's
 * own handlers add. Scripts, event handlers, `javascript:` URLs, iframes, objects, forms
 * and styles stay out.
 */
import { defaultSchema, type Schema } from "hast-util-sanitize"

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    "kn-term",
    "kn-command",
    "kn-missing-image",
    "kn-remote-image",
  ],
  attributes: {
    ...defaultSchema.attributes,
    "kn-term": ["dataTermId"],
    "kn-command": ["dataCommandId"],
    "kn-missing-image": ["dataPath"],
    // Replaces the default `code` rule (a second className rule would be ignored).
    code: [["className", "raw-html", /^language-./]],
    img: [...(defaultSchema.attributes?.img ?? []), ["loading", "lazy"]],
  },
}
