/**
 * A command's listed items in the groups every front end shows them in: options, output
 * columns, keys, then one group of keywords per file format (a Dockerfile's `FROM`, a compose
 * file's `image`, both read by different commands but possibly listed on one). Shared so the
 * site and the terminal group them alike.
 */
import type { CommandOption } from "./types.ts"

export interface CommandOptionGroup {
  readonly role: CommandOption["role"]
  /** For `keyword` groups: the file format, as the notes name it (`Dockerfile`). */
  readonly format?: string
  readonly options: readonly CommandOption[]
}

const ROLE_ORDER: readonly CommandOption["role"][] = ["option", "field", "key", "keyword"]

/** Groups in role order; keyword groups by format, formats in the order the notes list them. */
export function groupCommandOptions(options: readonly CommandOption[]): CommandOptionGroup[] {
  const groups: CommandOptionGroup[] = []
  for (const role of ROLE_ORDER) {
    const ofRole = options.filter((option) => option.role === role)
    if (role !== "keyword") {
      if (ofRole.length > 0) groups.push({ role, options: ofRole })
      continue
    }
    const formats = [...new Set(ofRole.map((option) => option.format))]
    for (const format of formats)
      groups.push({
        role,
        ...(format === undefined ? {} : { format }),
        options: ofRole.filter((option) => option.format === format),
      })
  }
  return groups
}
