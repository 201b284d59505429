import { en, type Messages } from "@kube-notes/messages"

/** Words a message in the reader's language; the CLI calls it once it knows the language. */
export type Describe = (messages: Messages) => string

/**
 * A mistake in how the command was called: printed with a hint, exit code 2, no stack.
 * Thrown deep in the code, far from where the language is chosen, it carries a `describe`
 * that main.ts words in the user's language; `message` is the English, for stacks and logs.
 */
export class UsageError extends Error {
  override readonly name = "UsageError"
  readonly describe: Describe

  constructor(message: string | Describe) {
    const describe = typeof message === "string" ? () => message : message
    super(describe(en))
    this.describe = describe
  }
}

/** Exit codes, as docs/cli.md lists them. */
export const EXIT = { ok: 0, contentErrors: 1, usage: 2 } as const
