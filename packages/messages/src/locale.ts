/**
 * Which language to speak, from a POSIX environment: LC_ALL overrides LC_MESSAGES, which
 * overrides LANG, and the first of them that is set and non-empty decides. English when it
 * starts with "en" (en, en_US.UTF-8, en-GB); Korean for anything else, "C" and "POSIX"
 * included, and when none is set: the notes are Korean, so is their tool.
 * Takes the environment as a plain record (no `process`): it runs in a browser too.
 */

import { ko, type Messages } from "./catalogue.ts"
import { en } from "./en/index.ts"

export type Locale = "ko" | "en"

export const DEFAULT_LOCALE: Locale = "ko"

/** The variables that choose the messages' language, strongest first (POSIX). */
export const LOCALE_VARIABLES = ["LC_ALL", "LC_MESSAGES", "LANG"] as const

export function pickLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  for (const name of LOCALE_VARIABLES) {
    const value = env[name]
    if (value) return /^en(?:$|[_.@-])/i.test(value) ? "en" : DEFAULT_LOCALE
  }
  return DEFAULT_LOCALE
}

const CATALOGUES: Readonly<Record<Locale, Messages>> = { ko, en }

export function getMessages(locale: Locale): Messages {
  return CATALOGUES[locale]
}
