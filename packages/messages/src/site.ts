/**
 * The site's part of the Korean catalogue, as its own entry (`@kube-notes/messages/site`):
 * the site's client components would otherwise ship the whole catalogue, the CLI's help
 * texts included, in every page's JavaScript. Same objects as `ko`'s, so the same words.
 */
import type { Messages } from "./catalogue.ts"
import { kinds, optionRoles } from "./ko/common.ts"
import * as web from "./ko/web.ts"

export type SiteMessages = Pick<
  Messages,
  | "kinds"
  | "optionRoles"
  | "site"
  | "home"
  | "notePage"
  | "content"
  | "glossaryPage"
  | "termPage"
  | "commandsPage"
  | "graphPage"
  | "searchBox"
>

export const siteMessages: SiteMessages = { kinds, optionRoles, ...web }
