import { type CommandOption, groupCommandOptions } from "@kube-notes/graph"
import { messages as m } from "../lib/messages.ts"

interface CommandOptionsProps {
  readonly options: readonly CommandOption[]
  /** Heading level of each group's title: the command page nests them under an h2. */
  readonly level?: 3 | 4
}

/**
 * A command's options, output columns and keys as the notes list them, one definition list per
 * kind, then the keywords of each file format the command reads (`Dockerfile 키워드` on
 * `docker build`), one list per format.
 */
export function CommandOptions({ options, level = 3 }: CommandOptionsProps) {
  const Heading = level === 3 ? "h3" : "h4"
  return (
    <div className="command-options">
      {groupCommandOptions(options).map((group) => (
        <section
          key={`${group.role}:${group.format ?? ""}`}
          data-role={group.role}
          {...(group.format ? { "data-format": group.format } : {})}
        >
          <Heading>
            {group.role === "keyword" ? m.optionRoles.keyword(group.format ?? "") : m.optionRoles[group.role]}
          </Heading>
          <dl>
            {group.options.map((option) => (
              <div key={option.name}>
                <dt>
                  <code>{option.name}</code>
                </dt>
                <dd>{option.description}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  )
}
