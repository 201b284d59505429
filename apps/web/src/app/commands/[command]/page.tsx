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
// A build renders only the template page and the "no commands" page, reading no notes:
// scripts/next-build.mjs renders every command's page outside Next (src/lib/render/list-pages.tsx)
// and writes it from the template (scripts/lib/fill-list-pages.mjs), and removes the "no commands"
// page when there are commands. `next dev` renders each one.
export function generateStaticParams() {
  if (process.env.NODE_ENV !== "development")
    return [{ command: COMMAND_TEMPLATE_SEGMENT }, { command: PLACEHOLDER_SEGMENT }]
  const commands = loadSite().query.listNodes("command")
  const empty = commands.length === 0 ? [{ command: PLACEHOLDER_SEGMENT }] : []
  return [...commands.map((command) => ({ command: commandAnchor(command.id) })), ...empty]
}

function findCommand(slug: string) {
  return loadSite()
    .query.listNodes("command")
    .find((command) => commandAnchor(command.id) === slug)
}

/** The "no commands" page, in a build (which reads no notes) or of a site without commands. */
const isNoCommandsPage = (slug: string) =>
  slug === PLACEHOLDER_SEGMENT && (process.env.NODE_ENV !== "development" || !findCommand(slug))

export async function generateMetadata({ params }: CommandPageProps): Promise<Metadata> {
  const slug = (await params).command
  if (slug === COMMAND_TEMPLATE_SEGMENT) return { title: PAGE_TITLE_SLOT }
  if (isNoCommandsPage(slug)) return {}
  const command = findCommand(slug)
  return command ? commandPageMeta(command) : {}
}

/** One command's page (CommandPageBody); in a build, the template whose content is a slot. */
export default async function CommandPage({ params }: CommandPageProps) {
  const slug = (await params).command
  if (slug === COMMAND_TEMPLATE_SEGMENT) return PAGE_CONTENT_SLOT
  if (isNoCommandsPage(slug)) return <p>{m.commandsPage.noCommands}</p>
  const command = findCommand(slug)
  if (!command) notFound()
  return <CommandPageBody command={command} site={loadSite()} />
}
