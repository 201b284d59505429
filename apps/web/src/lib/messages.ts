/**
 * The site's words. The site speaks Korean; its labels, headings and buttons come from the
 * catalogue it shares with the terminal (@kube-notes/messages), never written inline.
 */
import { siteMessages } from "@kube-notes/messages/site"

export const messages = siteMessages
