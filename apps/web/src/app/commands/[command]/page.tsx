import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { CommandPageBody, commandPageMeta } from "../../../components/pages/CommandPageBody.tsx"
import { loadSite } from "../../../lib/data/load-site.ts"
import { messages as m } from "../../../lib/messages.ts"
import {
  COMMAND_TEMPLATE_SEGMENT,
  PAGE_CONTENT_SLOT,
  PAGE_TITLE_SLOT,
  PLACEHOLDER_SEGMENT,
} from "../../../lib/placeholder.ts"
import { commandAnchor } from "../../../lib/urls.ts"

interface CommandPageProps {
  readonly params: Promise<{ command: string }>
}

export const dynamicParams = false

// A command's text can hold any character (`/`, `|`, quotes): its page is named by the
// same short hash as its anchor on the cheat sheet.
// A build renders only the template page (and the "no commands" page of a site without them):
// scripts/next-build.mjs renders every command's page outside Next (src/lib/render/list-pages.tsx)
// and writes it from the template (scripts/lib/fill-list-pages.mjs). `next dev` renders each one.
export function generateStaticParams() {
  const commands = loadSite().query.listNodes("command")
  const empty = commands.length === 0 ? [{ command: PLACEHOLDER_SEGMENT }] : []
  if (process.env.NODE_ENV !== "development") return [{ command: COMMAND_TEMPLATE_SEGMENT }, ...empty]
  return [...commands.map((command) => ({ command: commandAnchor(command.id) })), ...empty]
}

function findCommand(slug: string) {
  return loadSite()
    .query.listNodes("command")
    .find((command) => commandAnchor(command.id) === slug)
}

export async function generateMetadata({ params }: CommandPageProps): Promise<Metadata> {
  const slug = (await params).command
  if (slug === COMMAND_TEMPLATE_SEGMENT) return { title: PAGE_TITLE_SLOT }
  const command = findCommand(slug)
  return command ? commandPageMeta(command) : {}
}

/** One command's page (CommandPageBody); in a build, the template whose content is a slot. */
export default async function CommandPage({ params }: CommandPageProps) {
  const slug = (await params).command
  if (slug === COMMAND_TEMPLATE_SEGMENT) return PAGE_CONTENT_SLOT
  const command = findCommand(slug)
  if (!command && slug === PLACEHOLDER_SEGMENT) return <p>{m.commandsPage.noCommands}</p>
  if (!command) notFound()
  return <CommandPageBody command={command} site={loadSite()} />
}
