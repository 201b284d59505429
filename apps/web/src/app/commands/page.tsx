import type { Metadata } from "next"
import { CheatSheetBody } from "../../components/pages/CheatSheetBody.tsx"
import { PageBody } from "../../components/pages/PageBody.tsx"
import { ShellFilterBehaviour } from "../../components/ShellFilterBehaviour.tsx"
import { loadSite } from "../../lib/data/load-site.ts"
import { messages as m } from "../../lib/messages.ts"

export const metadata: Metadata = { title: m.commandsPage.title }

/**
 * The cheat sheet (CheatSheetBody); in a build, its content is a slot filled after (PageBody).
 * The page keeps React for the shell choice (ShellFilterBehaviour, which renders nothing).
 */
export default function CommandsPage() {
  return (
    <>
      <PageBody className="page commands-page" render={() => <CheatSheetBody site={loadSite()} />} />
      <ShellFilterBehaviour />
    </>
  )
}
