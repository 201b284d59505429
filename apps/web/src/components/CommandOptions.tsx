import type { CommandOption } from "@kube-notes/graph"
import { messages as m } from "../lib/messages.ts"

const ROLES = ["option", "field", "key"] as const

interface CommandOptionsProps {
  readonly options: readonly CommandOption[]
  /** Heading level of each group's title: the command page nests them under an h2. */
  readonly level?: 3 | 4
}

/** A command's options, output columns and keys as the notes list them, one definition list per kind. */
export function CommandOptions({ options, level = 3 }: CommandOptionsProps) {
  const Heading = level === 3 ? "h3" : "h4"
  return (
    <div className="command-options">
      {ROLES.map((role) => {
        const group = options.filter((option) => option.role === role)
        if (group.length === 0) return null
        return (
          <section key={role} data-role={role}>
            <Heading>{m.optionRoles[role]}</Heading>
            <dl>
              {group.map((option) => (
                <div key={option.name}>
                  <dt>
                    <code>{option.name}</code>
                  </dt>
                  <dd>{option.description}</dd>
                </div>
              ))}
            </dl>
          </section>
        )
      })}
    </div>
  )
}
