import type { ReactNode } from "react"
import { CopyButton } from "./CopyButton.tsx"

interface CodeBlockProps {
  readonly code: string
  readonly lang?: string | undefined
  /** The highlighted (or plain) `<pre>`. */
  readonly children?: ReactNode
}

export function CodeBlock({ code, lang, children }: CodeBlockProps) {
  return (
    <div className="code-block">
      <div className="code-bar">
        <span className="code-lang">{lang ?? "text"}</span>
        <CopyButton text={code} label="코드" />
      </div>
      {children}
    </div>
  )
}
