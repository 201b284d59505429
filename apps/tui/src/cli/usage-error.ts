/** A mistake in how the command was called: printed with a hint, exit code 2, no stack. */
export class UsageError extends Error {
  override readonly name = "UsageError"
}

/** Exit codes, as docs/cli.md lists them. */
export const EXIT = { ok: 0, contentErrors: 1, usage: 2 } as const
