/** The deck in the browser: `/study-deck.json`, fetched once per page. */
import type { Card } from "@kube-notes/study"
import { withBase } from "../urls.ts"

let deck: Promise<Card[]> | undefined

export function fetchDeck(): Promise<Card[]> {
  deck ??= fetch(withBase("/study-deck.json")).then((response) => {
    if (!response.ok) throw new Error(`카드 목록을 불러오지 못했습니다 (${response.status})`)
    return response.json() as Promise<Card[]>
  })
  deck.catch(() => {
    deck = undefined
  })
  return deck
}
