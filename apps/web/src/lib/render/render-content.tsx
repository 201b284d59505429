/**
 * Safe hast → React elements. The `kn-*` placeholders from the handlers become the site's
 * own components; everything else is plain HTML that already passed the sanitiser.
 */
import type { Root as HastRoot } from "hast"
import { type Components, toJsxRuntime } from "hast-util-to-jsx-runtime"
import type { ReactNode } from "react"
import { Fragment, jsx, jsxs } from "react/jsx-runtime"
import { CodeBlock } from "../../components/content/CodeBlock.tsx"
import { CommandCode } from "../../components/content/CommandCode.tsx"
import { MissingImage } from "../../components/content/MissingImage.tsx"
import { TermLink, type TermLookup } from "../../components/content/TermLink.tsx"

export interface ContentContext {
  readonly getTerm: TermLookup
  /** Makes the tooltip ids unique across the page. */
  readonly nextId: () => string
}

export function renderHast(tree: HastRoot, context: ContentContext): ReactNode {
  const components = {
    "kn-term": (props: { "data-term-id": string; children?: ReactNode }) => (
      <TermLink termId={props["data-term-id"]} getTerm={context.getTerm} tipId={context.nextId()}>
        {props.children}
      </TermLink>
    ),
    "kn-command": (props: { children?: ReactNode }) => <CommandCode>{props.children}</CommandCode>,
    "kn-code": (props: { "data-code": string; "data-lang"?: string; children?: ReactNode }) => (
      <CodeBlock code={props["data-code"]} lang={props["data-lang"]}>
        {props.children}
      </CodeBlock>
    ),
    "kn-missing-image": (props: { "data-path": string; children?: ReactNode }) => (
      <MissingImage path={props["data-path"]}>{props.children}</MissingImage>
    ),
  } as unknown as Partial<Components>
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components, ignoreInvalidStyle: true })
}

/** A page-wide id maker: `prefix-1`, `prefix-2`, … */
export function createIdMaker(prefix: string): () => string {
  let n = 0
  return () => `${prefix}-${++n}`
}
