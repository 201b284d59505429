import type { ReactNode } from "react"

/** An image the note shows but the content folder does not have (a `missing-asset` diagnostic). */
export function MissingImage({ path, children }: { readonly path: string; readonly children?: ReactNode }) {
  return (
    <span className="missing-image">
      이미지 없음: <code>{path}</code>
      {children ? <> ({children})</> : null}
    </span>
  )
}
