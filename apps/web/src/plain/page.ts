/**
 * The one script of the pages that carry no Next runtime and no React (note pages, and the other
 * pages scripts/lib/plain-pages.mjs lists): the four things those pages' client components did,
 * as progressive enhancement of the markup Next rendered for them. Bundled by esbuild from the
 * same logic modules the React components use, so both kinds of page behave alike.
 *
 * - search: the header's search dialog, as the React search box drives it (search-dialog.ts; the
 *   engine and index load on first open). Without JavaScript the header shows a plain form, a GET
 *   to the search page (`/search/?q=…`).
 * - the theme toggle: the same stored choice the pre-paint script reads (lib/theme.ts).
 * - copy buttons and Escape on term tooltips (lib/page-enhancements.ts).
 * - study badges: due counts from the same stored progress (lib/study/study-badges.ts).
 */
import { installPageEnhancements } from "../lib/page-enhancements.ts"
import { fillStudyBadges } from "../lib/study/study-badges.ts"
import { chooseTheme, currentTheme, type Theme, toggleLabels } from "../lib/theme.ts"
import { enhanceSearchDialog } from "./search-dialog.ts"

function enhanceThemeToggle(button: HTMLButtonElement) {
  const show = (theme: Theme) => {
    const { label, pressed, icon } = toggleLabels(theme)
    button.setAttribute("aria-label", label)
    button.setAttribute("aria-pressed", String(pressed))
    const glyph = button.querySelector("span")
    if (glyph) glyph.textContent = icon
  }
  show(currentTheme())
  button.addEventListener("click", () => {
    const { next } = toggleLabels(currentTheme())
    chooseTheme(next)
    show(next)
  })
}

function enhance() {
  installPageEnhancements()
  const toggle = document.querySelector<HTMLButtonElement>("button.theme-toggle")
  if (toggle) enhanceThemeToggle(toggle)
  const search = document.querySelector<HTMLButtonElement>("button.search-button")
  const dialog = document.querySelector<HTMLDialogElement>("dialog.search-dialog")
  if (search && dialog) enhanceSearchDialog(search, dialog)
  fillStudyBadges()
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhance)
else enhance()
