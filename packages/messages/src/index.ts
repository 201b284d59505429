export type { KindName, Messages } from "./catalogue.ts"
export { ko } from "./catalogue.ts"
export { en } from "./en/index.ts"
export { DEFAULT_LOCALE, getMessages, LOCALE_VARIABLES, type Locale, pickLocale } from "./locale.ts"
