/**
 * The pages of the routes that list places — one per term, one per command —, the content of
 * home, the glossary and the cheat sheet, and the learning path's list, rendered outside Next, in a build, by the same components the routes render under
 * `next dev` (src/components/pages/). Next renders one template page per route (its content, title and
 * description are slots, src/lib/placeholder.ts); scripts/lib/fill-list-pages.mjs writes each
 * page from it. React's own server renderer prints the markup Next would print for the same
 * components: the pages come out byte for byte as when Next rendered each (apps/web/bench/same-output.mjs).
 */
import { getIdKey } from "@kube-notes/graph"
import { CheatSheetBody } from "../../components/pages/CheatSheetBody.tsx"
import { CommandPageBody, commandPageMeta } from "../../components/pages/CommandPageBody.tsx"
import { GlossaryPageBody } from "../../components/pages/GlossaryPageBody.tsx"
import { HomePageBody } from "../../components/pages/HomePageBody.tsx"
import { LearningPathItems } from "../../components/pages/LearningPathItems.tsx"
import { StudyLead } from "../../components/pages/StudyLead.tsx"
import { TermPageBody, termPageMeta } from "../../components/pages/TermPageBody.tsx"
import { loadDeckCounts } from "../data/load-deck.ts"
import { loadSite } from "../data/load-site.ts"
import { PAGE_BODY_SLOT, PATH_LIST_SLOT } from "../placeholder.ts"
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

/** A slot in one page of the export and the markup that goes there (scripts/lib/fill-list-pages.mjs). */
export interface PageSlot {
  /** The page's file in the export. */
  readonly page: string
  /** The slot word the route printed (src/lib/placeholder.ts). */
  readonly slot: string
  readonly html: string
}

/**
 * The slots of the pages whose content a build renders here rather than in Next, each with its
 * route's own component: the learning path's items (src/app/path/page.tsx), home's, the glossary's
 * and the cheat sheet's content and the study page's lead (src/components/pages/PageBody.tsx).
 */
export async function renderPageSlots(): Promise<PageSlot[]> {
  const { renderToString } = await import("react-dom/server")
  const site = loadSite()
  const deck = loadDeckCounts()
  return [
    {
      page: "path/index.html",
      slot: PATH_LIST_SLOT,
      html: renderToString(<LearningPathItems site={site} deck={deck} />),
    },
    {
      page: "index.html",
      slot: PAGE_BODY_SLOT,
      html: renderToString(<HomePageBody site={site} deck={deck} />),
    },
    {
      page: "glossary/index.html",
      slot: PAGE_BODY_SLOT,
      html: renderToString(<GlossaryPageBody site={site} />),
    },
    {
      page: "study/index.html",
      slot: PAGE_BODY_SLOT,
      html: renderToString(<StudyLead total={deck.total} />),
    },
    {
      page: "commands/index.html",
      slot: PAGE_BODY_SLOT,
      html: renderToString(<CheatSheetBody site={site} />),
    },
  ]
}
