/**
 * The pages of the routes that list places — one per term, one per command — and the learning
 * path's list, rendered outside Next, in a build, by the same components the routes render under
 * `next dev` (src/components/pages/). Next renders one template page per route (its content, title and
 * description are slots, src/lib/placeholder.ts); scripts/lib/fill-list-pages.mjs writes each
 * page from it. React's own server renderer prints the markup Next would print for the same
 * components: the pages come out byte for byte as when Next rendered each (apps/web/bench/same-output.mjs).
 */
import { getIdKey } from "@kube-notes/graph"
import { CommandPageBody, commandPageMeta } from "../../components/pages/CommandPageBody.tsx"
import { LearningPathItems } from "../../components/pages/LearningPathItems.tsx"
import { TermPageBody, termPageMeta } from "../../components/pages/TermPageBody.tsx"
import { loadDeckCounts } from "../data/load-deck.ts"
import { loadSite } from "../data/load-site.ts"
import { commandAnchor } from "../urls.ts"

export interface ListPage {
  /** The route's folder in the export: `terms` or `commands`. */
  readonly route: "terms" | "commands"
  /** The page's route parameter, as generateStaticParams gave it. */
  readonly segment: string
  readonly title: string
  /** The page's own description, for routes whose metadata has one. */
  readonly description?: string
  /** The page's markup: what Next prints inside `<main>`. */
  readonly html: string
}

/**
 * Every term page and every command page of the site in the data folder. React's server renderer
 * is loaded here, not with the module: the note render workers and a rebuild that skips
 * `next build` load this bundle too and never call this.
 */
export async function renderListPages(): Promise<ListPage[]> {
  const { renderToString } = await import("react-dom/server")
  const site = loadSite()
  const pages: ListPage[] = []
  for (const term of site.query.listNodes("term"))
    pages.push({
      route: "terms",
      segment: getIdKey(term.id),
      ...termPageMeta(term),
      html: renderToString(<TermPageBody term={term} site={site} />),
    })
  for (const command of site.query.listNodes("command"))
    pages.push({
      route: "commands",
      segment: commandAnchor(command.id),
      ...commandPageMeta(command),
      html: renderToString(<CommandPageBody command={command} site={site} />),
    })
  return pages
}

/** The learning path page's list items (src/app/path/page.tsx), as React prints them in the list. */
export async function renderPathList(): Promise<string> {
  const { renderToString } = await import("react-dom/server")
  return renderToString(<LearningPathItems site={loadSite()} deck={loadDeckCounts()} />)
}
