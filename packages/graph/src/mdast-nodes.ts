/**
 * Custom mdast nodes that core writes into each topic's tree, so front ends render
 * term and command mentions without scanning text again.
 */
import type { Data, Parent, Text } from "mdast"

/** A run of text that names a term (any alias); `termId` is the term's node id. */
export interface TermMention extends Parent {
  type: "termMention"
  termId: string
  children: Text[]
  data?: Data
}

/** A command written in prose (`설치 확인 명령어 : minikube version`). */
export interface CommandMention extends Parent {
  type: "commandMention"
  commandId: string
  children: Text[]
  data?: Data
}

declare module "mdast" {
  interface PhrasingContentMap {
    termMention: TermMention
    commandMention: CommandMention
  }
  interface RootContentMap {
    termMention: TermMention
    commandMention: CommandMention
  }
  interface LinkData {
    /** Set on links between notes (relative `.md` links and `[[wikilinks]]`): the target note or topic id. */
    targetId?: string
    /** Set by core on `[[wikilinks]]`: the target as written. */
    wiki?: { target: string; anchor?: string }
  }
  interface ImageData {
    /** Set on images with a local path: the asset node id. */
    assetId?: string
  }
  interface CodeData {
    /** Ids of the commands core found in this fence, in order. */
    commandIds?: string[]
  }
}
