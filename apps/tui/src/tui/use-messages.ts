/**
 * The reader's language: the CLI picks the catalogue once (from LC_ALL, LC_MESSAGES, LANG)
 * and provides it here; every component reads its words with `useMessages()`. Without a
 * provider the reader speaks Korean, like the notes.
 */
import { ko, type Messages } from "@kube-notes/messages"
import { createContext, useContext } from "react"

export const MessagesContext = createContext<Messages>(ko)

export function useMessages(): Messages {
  return useContext(MessagesContext)
}
