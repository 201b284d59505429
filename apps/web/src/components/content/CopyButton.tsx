import { messages as m } from "../../lib/messages.ts"

interface CopyButtonProps {
  /** The exact text that goes to the clipboard. */
  readonly text: string
  /** What the button copies, for screen readers. */
  readonly label: string
}

/**
 * A copy button with no JavaScript of its own: one delegated listener (Enhancements.tsx)
 * handles every `[data-copy]` button, and CSS hides them while JavaScript is off.
 */
export function CopyButton({ text, label }: CopyButtonProps) {
  return (
    <button type="button" className="copy" data-copy={text} aria-label={m.content.copyLabel(label)}>
      <span aria-hidden="true">{m.content.copy}</span>
    </button>
  )
}
