import type { Metadata } from "next"
import { GlossaryPageBody } from "../../components/pages/GlossaryPageBody.tsx"
import { PageBody } from "../../components/pages/PageBody.tsx"
import { loadSite } from "../../lib/data/load-site.ts"
import { messages as m } from "../../lib/messages.ts"

export const metadata: Metadata = { title: m.glossaryPage.title }

/** The glossary (GlossaryPageBody); in a build, its content is a slot filled after (PageBody). */
export default function GlossaryPage() {
  return <PageBody className="page glossary-page" render={() => <GlossaryPageBody site={loadSite()} />} />
}
