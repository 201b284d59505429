/**
 * Bytes → text that every later stage can trust: UTF-8 checked, BOM dropped, CRLF and CR
 * turned into LF, NFC. A note saved on Windows or macOS gives the same text as on Linux.
 */
import type { Diagnostic } from "@kube-notes/graph"
import { createDiagnostic } from "../diagnostics.ts"

export interface Decoded {
  /** Undefined when the file is not text at all (binary). */
  text: string | undefined
  diagnostics: Diagnostic[]
}

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false })
const lenient = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false })

export function decodeNote(path: string, bytes: Uint8Array): Decoded {
  if (looksBinary(bytes)) {
    return {
      text: undefined,
      diagnostics: [
        createDiagnostic(
          path,
          undefined,
          "binary-file",
          "This file holds binary data, not Markdown; it was skipped. Rename it so it does not end in .md.",
        ),
      ],
    }
  }
  const diagnostics: Diagnostic[] = []
  let text: string
  try {
    text = strict.decode(bytes)
  } catch {
    text = lenient.decode(bytes)
    diagnostics.push(
      createDiagnostic(
        path,
        placeOfFirstReplacement(text),
        "not-utf8",
        "This file is not valid UTF-8; unreadable bytes were replaced with U+FFFD. Re-save it as UTF-8.",
      ),
    )
  }
  return { text: normalizeText(text), diagnostics }
}

/** LF line endings and NFC, so CRLF/CR and NFD files give the same graph. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, "\n").normalize("NFC")
}

/** A NUL byte in the first 8 KiB is what git and grep take as "binary". */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192)
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true
  return false
}

function placeOfFirstReplacement(text: string): { line: number; column: number } {
  const index = text.indexOf("\uFFFD")
  const before = text.slice(0, Math.max(0, index))
  const lines = before.split(/\r\n|\r|\n/)
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 }
}
