/** The English catalogue: exactly the keys of the Korean one (the `Messages` type checks it). */
import type { Messages } from "../catalogue.ts"
import { errors, output } from "./cli.ts"
import { cliHelp } from "./cli-help.ts"
import { kinds, optionRoles } from "./common.ts"
import { reader } from "./reader.ts"
import { help, notices, overlays, status } from "./terminal.ts"
import {
  commandsPage,
  content,
  glossaryPage,
  graphPage,
  home,
  notePage,
  searchBox,
  site,
  termPage,
} from "./web.ts"

export const en: Messages = {
  kinds,
  optionRoles,
  reader,
  status,
  notices,
  overlays,
  help,
  output,
  errors,
  cliHelp,
  site,
  home,
  notePage,
  content,
  glossaryPage,
  termPage,
  commandsPage,
  graphPage,
  searchBox,
}
