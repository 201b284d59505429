/**
 * The theme toggle's logic, shared by the React toggle (components/ThemeToggle.tsx) and the plain
 * script of pages without React (src/plain/page.ts): the same stored choice (THEME_STORAGE_KEY,
 * which the pre-paint script in theme-script.ts reads) and the same labels.
 */
import { messages as m } from "./messages.ts"
import { THEME_STORAGE_KEY } from "./theme-script.ts"

export type Theme = "light" | "dark"

/** The theme the page shows: the stored choice the pre-paint script applied, else the system's. */
export function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme
  if (chosen === "light" || chosen === "dark") return chosen
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light"
}

/** Shows `theme` now and remembers it for every page. */
export function chooseTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme)
  } catch {
    // Private windows may refuse storage; the theme still applies to this page.
  }
}

/** What the toggle says while `theme` (undefined before the page's script ran) is shown. */
export function toggleLabels(theme: Theme | undefined) {
  const next: Theme = theme === "dark" ? "light" : "dark"
  return {
    next,
    label: next === "dark" ? m.site.toDarkTheme : m.site.toLightTheme,
    pressed: theme === "dark",
    icon: theme === "dark" ? "☀" : "☾",
  }
}
