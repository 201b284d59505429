/**
 * The Korean catalogue is the source of keys: `Messages` is its shape, and the English one
 * is declared as `Messages`, so a key missing from English or only in English does not
 * compile. A message with parameters is a function with typed parameters.
 */
import * as cli from "./ko/cli.ts"
import { cliHelp } from "./ko/cli-help.ts"
import { kinds, optionRoles } from "./ko/common.ts"
import { reader } from "./ko/reader.ts"
import * as terminal from "./ko/terminal.ts"
import * as web from "./ko/web.ts"

const catalogue = {
  kinds,
  optionRoles,
  reader,
  status: terminal.status,
  notices: terminal.notices,
  overlays: terminal.overlays,
  help: terminal.help,
  output: cli.output,
  errors: cli.errors,
  cliHelp,
  site: web.site,
  home: web.home,
  notePage: web.notePage,
  content: web.content,
  glossaryPage: web.glossaryPage,
  termPage: web.termPage,
  commandsPage: web.commandsPage,
  graphPage: web.graphPage,
  searchBox: web.searchBox,
}

type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T

/** Every message of kube-notes, by area; one value per language. */
export type Messages = DeepReadonly<typeof catalogue>

/** The node kinds a message can name. */
export type KindName = keyof Messages["kinds"]

export const ko: Messages = catalogue
