"use client"

import { useEffect, useState } from "react"
import { chooseTheme, currentTheme, type Theme, toggleLabels } from "../lib/theme.ts"

/** Switches between light and dark; the choice is remembered, the system decides until then. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | undefined>(undefined)
  useEffect(() => setTheme(currentTheme()), [])
  const { next, label, pressed, icon } = toggleLabels(theme)
  return (
    <button
      type="button"
      className="theme-toggle js-only"
      aria-label={label}
      aria-pressed={pressed}
      onClick={() => {
        chooseTheme(next)
        setTheme(next)
      }}
    >
      <span aria-hidden="true">{icon}</span>
    </button>
  )
}
