/**
 * GitHub's sanitising rules (hast-util-sanitize's default) plus exactly what the site's
 * own handlers add. Scripts, event handlers, `javascript:` URLs, iframes, objects, forms
 * and styles stay out. Image sources are narrower than GitHub's: relative (the notes' own
 * images) and, only while remote images are shown, `https:`; never `http:` or `data:`.
 */
import { defaultSchema, type Schema } from "hast-util-sanitize"
import type { RemoteImages } from "./remote-image.ts"

function createSchema(imageProtocols: string[]): Schema {
  return {
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
      img: [
        ...(defaultSchema.attributes?.img ?? []),
        ["loading", "lazy"],
        ["decoding", "async"],
        ["referrerPolicy", "no-referrer"],
      ],
    },
    protocols: { ...defaultSchema.protocols, src: imageProtocols },
  }
}

const SCHEMAS: Record<RemoteImages, Schema> = {
  show: createSchema(["https"]),
  // An empty list would allow every scheme (hast-util-sanitize reads it as "no rule"): a
  // made-up scheme that loads nothing leaves only relative sources.
  link: createSchema(["kn-relative-only"]),
}

export function getSanitizeSchema(remoteImages: RemoteImages = "show"): Schema {
  return SCHEMAS[remoteImages]
}
