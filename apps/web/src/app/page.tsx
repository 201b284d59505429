import { HomePageBody } from "../components/pages/HomePageBody.tsx"
import { PageBody } from "../components/pages/PageBody.tsx"
import { loadDeckCounts } from "../lib/data/load-deck.ts"
import { loadSite } from "../lib/data/load-site.ts"

/** The home page (HomePageBody); in a build, its content is a slot filled after (PageBody). */
export default function HomePage() {
  return (
    <PageBody
      className="page home"
      render={() => <HomePageBody site={loadSite()} deck={loadDeckCounts()} />}
    />
  )
}
