import { getIdKey } from "@kube-notes/graph"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { TermPageBody, termPageMeta } from "../../../components/pages/TermPageBody.tsx"
import { loadSite } from "../../../lib/data/load-site.ts"
import { messages as m } from "../../../lib/messages.ts"
import { decodeSegment } from "../../../lib/params.ts"
import {
  PAGE_CONTENT_SLOT,
  PAGE_DESCRIPTION_SLOT,
  PAGE_TITLE_SLOT,
  PLACEHOLDER_SEGMENT,
  TERM_TEMPLATE_SEGMENT,
} from "../../../lib/placeholder.ts"

interface TermPageProps {
  readonly params: Promise<{ term: string }>
}

export const dynamicParams = false

/**
 * A build renders only the template page and the "no terms" page, reading no notes:
 * scripts/next-build.mjs renders every term's page outside Next (src/lib/render/list-pages.tsx)
 * and writes it from the template (scripts/lib/fill-list-pages.mjs), and removes the "no terms"
 * page when there are terms. `next dev` renders each term (and the "no terms" page without terms).
 */
export function generateStaticParams() {
  if (process.env.NODE_ENV !== "development")
    return [{ term: TERM_TEMPLATE_SEGMENT }, { term: PLACEHOLDER_SEGMENT }]
  const terms = loadSite().query.listNodes("term")
  const empty = terms.length === 0 ? [{ term: PLACEHOLDER_SEGMENT }] : []
  return [...terms.map((term) => ({ term: getIdKey(term.id) })), ...empty]
}

/** The "no terms" page, in a build (which reads no notes) or of a site without terms. */
const isNoTermsPage = (segment: string) =>
  segment === PLACEHOLDER_SEGMENT && (process.env.NODE_ENV !== "development" || !findTerm(segment))

function findTerm(segment: string) {
  return loadSite().query.getNodeOfKind(`term:${decodeSegment(segment)}`, "term")
}

export async function generateMetadata({ params }: TermPageProps): Promise<Metadata> {
  const segment = (await params).term
  if (segment === TERM_TEMPLATE_SEGMENT) return { title: PAGE_TITLE_SLOT, description: PAGE_DESCRIPTION_SLOT }
  if (isNoTermsPage(segment)) return {}
  const term = findTerm(segment)
  return term ? termPageMeta(term) : {}
}

/** A term's page (TermPageBody); in a build, the template whose content is a slot. */
export default async function TermPage({ params }: TermPageProps) {
  const segment = (await params).term
  if (segment === TERM_TEMPLATE_SEGMENT) return PAGE_CONTENT_SLOT
  if (isNoTermsPage(segment)) return <p>{m.termPage.noTerms}</p>
  const term = findTerm(segment)
  if (!term) notFound()
  return <TermPageBody term={term} site={loadSite()} />
}
