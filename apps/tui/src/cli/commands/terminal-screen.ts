/**
 * What the interactive commands (the reader, `study`) share: loading the bundled Ink app, and
 * running it in the terminal's alternate screen so the shell's screen comes back on exit.
 */

/** The reader (Ink, React): in the CLI's bundle, evaluated on first use (scripts/bundle-reader.mjs). */
export async function loadReader(): Promise<typeof import("../../tui/start-reader.tsx")> {
  // Ink draws only a last frame when CI (or CI_*) is set, which it reads when loaded. This runs
  // only on a real terminal, where a person is reading: say so before Ink is imported.
  process.env.CI = "false"
  return import("../../tui/start-reader.tsx")
}

/** Runs `app` in the alternate screen, in raw mode, and restores both however it ends. */
export async function inAlternateScreen(app: () => Promise<void>): Promise<void> {
  const out = process.stdout
  out.write("\u001b[?1049h\u001b[H")
  const restore = () => out.write("\u001b[?25h\u001b[?1049l")
  process.once("exit", restore)
  try {
    await app()
  } finally {
    if (process.stdin.isTTY) process.stdin.setRawMode(false)
    restore()
    process.removeListener("exit", restore)
  }
}
