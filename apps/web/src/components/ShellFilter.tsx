"use client"

import { useEffect, useState } from "react"
import { messages as m } from "../lib/messages.ts"

/**
 * Shows only the commands seen in one shell. It hides list items by their `data-shells`
 * attribute; with JavaScript off it does not render and every command shows.
 */
export function ShellFilter({ shells }: { readonly shells: readonly string[] }) {
  const [shell, setShell] = useState("all")
  useEffect(() => {
    for (const item of document.querySelectorAll<HTMLElement>("[data-shells]")) {
      const list = (item.dataset.shells ?? "").split(" ")
      item.hidden = shell !== "all" && !list.includes(shell)
    }
    for (const group of document.querySelectorAll<HTMLElement>(".command-group")) {
      group.hidden = group.querySelector("[data-shells]:not([hidden])") === null
    }
  }, [shell])
  const options = ["all", ...shells, "unknown"]
  return (
    <fieldset className="shell-filter js-only">
      <legend>{m.commandsPage.shellFilter}</legend>
      {options.map((option) => (
        <label key={option}>
          <input
            type="radio"
            name="shell"
            value={option}
            checked={shell === option}
            onChange={() => setShell(option)}
          />
          {option === "all"
            ? m.commandsPage.allShells
            : option === "unknown"
              ? m.commandsPage.unknownShell
              : option}
        </label>
      ))}
    </fieldset>
  )
}
