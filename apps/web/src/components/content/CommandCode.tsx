import { Children, type ReactNode } from "react"
import { CopyButton } from "./CopyButton.tsx"

/** A command written in prose: inline code and a copy button. */
export function CommandCode({ children }: { readonly children?: ReactNode }) {
  const text = Children.toArray(children).join("")
  return (
    <span className="command">
      <code>{text}</code>
      <CopyButton text={text} label={`명령어 ${text}`} />
    </span>
  )
}
