import type { Messages } from "@kube-notes/messages"

/**
 * A status-line message, worded when it is drawn: the reducer and the key handler say
 * what happened without knowing the reader's language.
 */
export type StatusText = (messages: Messages) => string

/** A text that is already worded (a warning the CLI wrote in the reader's language). */
export const literal =
  (text: string): StatusText =>
  () =>
    text
