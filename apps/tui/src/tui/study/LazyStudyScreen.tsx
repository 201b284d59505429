import type { Graph } from "@kube-notes/graph"
import { Text } from "ink"
import { useEffect, useMemo, useState } from "react"
import type { GetBody } from "../../source/bodies.ts"
import { STUDY_TEXT } from "../../study/messages.ts"
import type { StudyScreenProps } from "./StudyScreen.tsx"

type StudyEntry = typeof import("./study-entry.ts")

export interface LazyStudyScreenProps extends Omit<StudyScreenProps, "deck"> {
  /** The graph the deck is made from (once, when the study code has loaded). */
  readonly graph: Graph
  /** Topic bodies, for the sentences command cards quote. */
  readonly getBody: GetBody
}

/** The study screen, loaded on first use: the reader starts without the study code. */
export function LazyStudyScreen(props: LazyStudyScreenProps) {
  const [entry, setEntry] = useState<StudyEntry | undefined>(undefined)
  useEffect(() => {
    let live = true
    import("./study-entry.ts").then((loaded) => live && setEntry(loaded))
    return () => {
      live = false
    }
  }, [])
  const { graph, getBody, ...screen } = props
  const deck = useMemo(() => entry?.createDeck(graph, { getBody }), [entry, graph, getBody])
  if (!entry || !deck) return <Text>{STUDY_TEXT.loading}</Text>
  return <entry.StudyScreen {...screen} deck={deck} />
}
