/**
 * Images from another host. With `remoteImages: "show"` (kube-notes.json, the default) an
 * `https:` image is shown as an `<img>` that loads lazily, decodes off the main thread and sends
 * no referrer; with `"link"`, and for `http:` and protocol-relative URLs always, it stays a link
 * labelled with its alt text and host, and nothing loads. Any other scheme (`data:`,
 * `javascript:`, …) is never an image: the caller shows it as missing.
 */
import type { RemoteImages } from "@kube-notes/core"
import type { Element } from "hast"
import type { Image } from "mdast"
import { messages as m } from "../messages.ts"

export type { RemoteImages }

/** An `<img>` for an https URL, or a `kn-remote-image` link placeholder, or undefined for anything else. */
export function remoteImageElement(
  node: Image,
  mode: RemoteImages,
  sectionTitle: string | undefined,
): Element | undefined {
  const url = parseRemote(node.url)
  if (!url) return undefined
  if (mode === "show" && url.protocol === "https:") {
    return {
      type: "element",
      tagName: "img",
      // The sanitiser checks these again: only https sources, only these attribute values.
      properties: {
        // Normalised by URL: `HTTPS://` passes the sanitiser's (case-sensitive) scheme check.
        src: url.href,
        alt: describeImage(node.alt, url, sectionTitle),
        ...(node.title ? { title: node.title } : {}),
        loading: "lazy",
        decoding: "async",
        referrerPolicy: "no-referrer",
      },
      children: [],
    }
  }
  const label = `${node.alt?.trim() || m.content.image} (${url.host})`
  return {
    type: "element",
    tagName: "kn-remote-image",
    properties: {},
    children: [
      {
        type: "element",
        tagName: "a",
        // The sanitiser still checks the protocol (and drops `rel`: content-elements adds it).
        properties: { href: node.url },
        children: [{ type: "text", value: label }],
      },
    ],
  }
}

/** The URL of an http(s) or protocol-relative image, or undefined. */
function parseRemote(raw: string): URL | undefined {
  if (!/^(https?:)?\/\//i.test(raw)) return undefined
  try {
    const url = new URL(raw, "http://invalid.invalid")
    return url.host ? url : undefined
  } catch {
    return undefined
  }
}

/**
 * Alt text for a remote picture. Notes kept on GitHub often leave it empty (`![](…)`), and an
 * image without a name is useless to a screen reader, so: the author's alt text; else the
 * file name when a person named it (`pod-lifecycle.png` → "pod-lifecycle"); else, since hosts
 * name uploads by hash or uuid, the section the picture illustrates ("‘1. 설치’ 절의 그림").
 */
export function describeImage(alt: string | null | undefined, url: URL, sectionTitle: string | undefined) {
  const written = alt?.trim()
  if (written) return written
  const stem = fileStem(url)
  if (stem && readsAsName(stem)) return stem
  return sectionTitle?.trim() ? `‘${sectionTitle.trim()}’ 절의 그림` : "그림"
}

function fileStem(url: URL): string | undefined {
  const last = url.pathname.split("/").filter(Boolean).at(-1)
  if (!last) return undefined
  let name: string
  try {
    name = decodeURIComponent(last)
  } catch {
    name = last
  }
  return name.replace(/\.[a-z0-9]{2,5}$/i, "").normalize("NFC")
}

/**
 * Whether a file stem reads as words: letters (any script) in parts split by `-`, `_`, `.` or
 * spaces, each part either a word or a plain number (dates), never a mix of letters and digits
 * (upload names such as `AbC12x`, hashes and uuids such as `5f3c9a1e-…`).
 */
function readsAsName(stem: string): boolean {
  const parts = stem.split(/[-_. ]+/).filter(Boolean)
  if (parts.length === 0 || stem.length > 80) return false
  const words = parts.filter((part) => /^\p{L}+$/u.test(part))
  const numbers = parts.filter((part) => /^\d+$/.test(part))
  if (words.length + numbers.length !== parts.length) return false
  return words.some((word) => word.length >= 3 || /\p{Script=Hangul}/u.test(word))
}
