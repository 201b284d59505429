/**
 * A one-shot build's fragments keep their bodies as the bytes of their file (the encoding
 * write-output.ts writes and graph-bodies.ts hashes), not as mdast objects: at 5,000 notes the
 * bodies as objects were most of the main thread's heap at the build's peak (the writing), and
 * the writing needs their bytes anyway. The bytes live outside the JS heap and are written as
 * they are; the bodies are decoded only when a caller asks for them.
 */
import { createHash } from "node:crypto"
import type { NoteBodies } from "@kube-notes/graph"
import type { Fragment } from "../assemble/fragment.ts"
import type { EncodedBodies } from "./graph-bodies.ts"

/** Bodies known as their file's bytes, decoded on demand (held weakly once decoded). */
export function encodedBodiesOf(bytes: Buffer): EncodedBodies & { read(): NoteBodies } {
  const sha1 = createHash("sha1").update(bytes).digest("hex")
  let decoded: WeakRef<NoteBodies> | undefined
  return {
    sha1,
    bytes: () => bytes,
    read() {
      let bodies = decoded?.deref()
      if (!bodies) {
        bodies = JSON.parse(bytes.toString("utf8")) as NoteBodies
        decoded = new WeakRef(bodies)
      }
      return bodies
    },
  }
}

/**
 * The fragment with its bodies replaced by their encoding: `fragment.bodies` stays readable
 * (decoded from the bytes when read) and the encoding is returned for the builder's writers.
 */
export function holdBodiesEncoded(fragment: Fragment): {
  fragment: Fragment
  encoded: EncodedBodies & { read(): NoteBodies }
} {
  const encoded = encodedBodiesOf(Buffer.from(JSON.stringify(fragment.bodies)))
  return { fragment: withBodiesFrom(fragment, encoded), encoded }
}

/** `fragment` (its own `bodies` ignored) with `bodies` read from `file` when asked for. */
export function withBodiesFrom(fragment: Omit<Fragment, "bodies">, file: { read(): NoteBodies }): Fragment {
  const { bodies: _bodies, ...rest } = fragment as Fragment
  return Object.defineProperty(rest, "bodies", { enumerable: true, get: () => file.read() }) as Fragment
}
