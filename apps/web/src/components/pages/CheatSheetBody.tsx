import type { TopicNode } from "@kube-notes/graph"
import type { Site } from "../../lib/data/site.ts"
import { messages as m } from "../../lib/messages.ts"
import { commandAnchor, commandPageUrl } from "../../lib/urls.ts"
import { CommandOptions } from "../CommandOptions.tsx"
import { CopyButton } from "../content/CopyButton.tsx"
import { PlaceList } from "../PlaceList.tsx"
import { ShellFilter } from "../ShellFilter.tsx"

/**
 * Places shown per command here; the rest are on the command's own page. At 1,000 notes a
 * common command is used in hundreds of topics, which made this page megabytes long.
 */
const PLACES_SHOWN = 5

/**
 * The cheat sheet's content (inside `<div class="page commands-page">`): every command, grouped
 * by tool, each linked to the topics that explain it. `next dev` renders it in the route; a build
 * renders it outside Next (src/lib/render/list-pages.tsx) into the slot the route leaves (PageBody.tsx).
 */
export function CheatSheetBody({ site }: { readonly site: Site }) {
  const groups = site.getCommandsByTool()
  const shells = [...new Set(site.query.listNodes("command").flatMap((command) => command.shells))].sort()
  return (
    <>
      <h1>{m.commandsPage.title}</h1>
      <p className="lead">{m.commandsPage.lead}</p>
      {shells.length > 0 && <ShellFilter shells={shells} />}
      {[...groups].map(([tool, commands]) => (
        <section key={tool} aria-labelledby={`tool-${tool}`} className="command-group">
          <h2 id={`tool-${tool}`}>
            {tool} <span className="muted">({commands.length})</span>
          </h2>
          <ul className="command-list">
            {commands.map((command) => (
              <li
                key={command.id}
                id={commandAnchor(command.id)}
                data-shells={command.shells.join(" ") || "unknown"}
              >
                <div className="command-line">
                  <code className="command-text">{command.text}</code>
                  <CopyButton text={command.text} label={m.content.commandLabel(command.text)} />
                  {command.shells.map((shell) => (
                    <span key={shell} className="badge">
                      {shell}
                    </span>
                  ))}
                </div>
                {command.description && <p className="command-description">{command.description}</p>}
                {command.options.length > 0 && (
                  <details className="command-options-details">
                    <summary>{m.commandsPage.optionCount(command.options.length)}</summary>
                    <CommandOptions options={command.options} level={4} />
                  </details>
                )}
                <Places places={site.getCommandPlaces(command.id)} commandId={command.id} site={site} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}

interface PlacesProps {
  readonly places: readonly TopicNode[]
  readonly commandId: string
  readonly site: Site
}

function Places({ places, commandId, site }: PlacesProps) {
  return (
    <>
      <PlaceList topics={places.slice(0, PLACES_SHOWN)} site={site} />
      {places.length > PLACES_SHOWN && (
        <p className="more-places">
          <a href={commandPageUrl(commandId)}>{m.commandsPage.allPlaces(places.length)}</a>
        </p>
      )}
    </>
  )
}
