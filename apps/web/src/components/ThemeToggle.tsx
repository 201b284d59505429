"use client"

import { useEffect, useState } from "react"
import { messages as m } from "../lib/messages.ts"
import { THEME_STORAGE_KEY } from "../lib/theme-script.ts"

type Theme = "light" | "dark"

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme
  if (chosen === "light" || chosen === "dark") return chosen
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light"
}

/** Switches between light and dark; the choice is remembered, the system decides until then. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | undefined>(undefined)
  useEffect(() => setTheme(currentTheme()), [])
  const next: Theme = theme === "dark" ? "light" : "dark"
  return (
    <button
      type="button"
      className="theme-toggle js-only"
      aria-label={next === "dark" ? m.site.toDarkTheme : m.site.toLightTheme}
      aria-pressed={theme === "dark"}
      onClick={() => {
        document.documentElement.dataset.theme = next
        try {
          localStorage.setItem(THEME_STORAGE_KEY, next)
        } catch {
          // Private windows may refuse storage; the theme still applies to this page.
        }
        setTheme(next)
      }}
    >
      <span aria-hidden="true">{theme === "dark" ? "☀" : "☾"}</span>
    </button>
  )
}
