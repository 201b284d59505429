/**
 * A note's bodies file as the writer puts it in `bodies/`: the JSON as UTF-8 bytes and their
 * sha1 (the writer's index). Made once per note, where its fragment was built (a worker, see
 * remote-fragments.ts) or by the writer; small, so the writer's light entry stays light.
 */
import { createHash } from "node:crypto"
import type { NoteBodies } from "@kube-notes/graph"
import type { Fragment } from "../assemble/fragment.ts"

export type EncodedBodies = NonNullable<Fragment["bodiesFile"]>

export function encodeBodies(bodies: NoteBodies): EncodedBodies {
  const bytes = new TextEncoder().encode(JSON.stringify(bodies))
  return { bytes, sha1: createHash("sha1").update(bytes).digest("hex") }
}
