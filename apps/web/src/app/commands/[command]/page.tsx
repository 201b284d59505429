import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { CommandOptions } from "../../../components/CommandOptions.tsx"
import { CopyButton } from "../../../components/content/CopyButton.tsx"
import { Breadcrumbs } from "../../../components/note/Breadcrumbs.tsx"
import { PlaceList } from "../../../components/PlaceList.tsx"
import { loadSite } from "../../../lib/data/load-site.ts"
import { messages as m } from "../../../lib/messages.ts"
import { PLACEHOLDER_SEGMENT } from "../../../lib/placeholder.ts"
import { commandAnchor, commandUrl, withBase } from "../../../lib/urls.ts"

interface CommandPageProps {
  readonly params: Promise<{ command: string }>
}

export const dynamicParams = false

// A command's text can hold any character (`/`, `|`, quotes): its page is named by the
// same short hash as its anchor on the cheat sheet.
export function generateStaticParams() {
  const commands = loadSite().query.listNodes("command")
  return commands.length > 0
    ? commands.map((command) => ({ command: commandAnchor(command.id) }))
    : [{ command: PLACEHOLDER_SEGMENT }]
}

function findCommand(slug: string) {
  return loadSite()
    .query.listNodes("command")
    .find((command) => commandAnchor(command.id) === slug)
}

export async function generateMetadata({ params }: CommandPageProps): Promise<Metadata> {
  const command = findCommand((await params).command)
  return command ? { title: command.text } : {}
}

/** One command and every topic that uses it. */
export default async function CommandPage({ params }: CommandPageProps) {
  const site = loadSite()
  const slug = (await params).command
  const command = findCommand(slug)
  if (!command && slug === PLACEHOLDER_SEGMENT) return <p>{m.commandsPage.noCommands}</p>
  if (!command) notFound()
  const places = site.getCommandPlaces(command.id)
  const options = site.query.getCommandOptions(command.id)
  return (
    <div className="page command-page">
      <Breadcrumbs
        items={[{ label: m.commandsPage.title, href: commandUrl(command.id) }, { label: command.text }]}
      />
      <h1>
        <code className="command-text">{command.text}</code>
      </h1>
      <p>
        <CopyButton text={command.text} label={m.content.commandLabel(command.text)} />{" "}
        <span className="muted">
          {command.tool}
          {command.shells.length > 0 && ` · ${command.shells.join(", ")}`}
        </span>
      </p>
      {command.description && <p className="command-description">{command.description}</p>}
      {options.length > 0 && (
        <>
          <h2>{m.commandsPage.options}</h2>
          <CommandOptions options={options} />
        </>
      )}
      <h2>{m.commandsPage.places(places.length)}</h2>

      {places.length > 0 ? (
        <PlaceList topics={places} site={site} />
      ) : (
        <p className="muted">{m.commandsPage.unused}</p>
      )}
      <p>
        <a href={withBase("/commands/")}>{m.commandsPage.backToAll}</a>
      </p>
    </div>
  )
}
