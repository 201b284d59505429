import type { CommandNode } from "@kube-notes/graph"
import type { Site } from "../../lib/data/site.ts"
import { messages as m } from "../../lib/messages.ts"
import { commandUrl, withBase } from "../../lib/urls.ts"
import { CommandOptions } from "../CommandOptions.tsx"
import { CopyButton } from "../content/CopyButton.tsx"
import { Breadcrumbs } from "../note/Breadcrumbs.tsx"
import { PlaceList } from "../PlaceList.tsx"

/** A command page's title (src/app/commands/[command]/page.tsx's metadata). */
export const commandPageMeta = (command: CommandNode) => ({ title: command.text })

/**
 * One command and every topic that uses it. `next dev` renders it in the command route; a
 * build renders it outside Next into the route's template page (src/lib/render/list-pages.tsx).
 */
export function CommandPageBody({ command, site }: { readonly command: CommandNode; readonly site: Site }) {
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
