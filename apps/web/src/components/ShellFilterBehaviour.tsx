"use client"

import { useEffect } from "react"

/**
 * Makes the cheat sheet's shell choice (ShellFilter.tsx, static markup the build renders outside
 * Next) work: shows only the commands seen in the chosen shell, by their `data-shells`
 * attribute, and hides the tool groups left empty. Renders nothing.
 */
export function ShellFilterBehaviour() {
  useEffect(() => {
    const fieldset = document.querySelector<HTMLFieldSetElement>(".shell-filter")
    if (!fieldset) return
    const show = () => {
      const shell = fieldset.querySelector<HTMLInputElement>("input[name='shell']:checked")?.value ?? "all"
      for (const item of document.querySelectorAll<HTMLElement>("[data-shells]")) {
        const list = (item.dataset.shells ?? "").split(" ")
        item.hidden = shell !== "all" && !list.includes(shell)
      }
      for (const group of document.querySelectorAll<HTMLElement>(".command-group")) {
        group.hidden = group.querySelector("[data-shells]:not([hidden])") === null
      }
    }
    // As the page was left: a reload can keep another radio button chosen than "all".
    show()
    fieldset.addEventListener("change", show)
    return () => fieldset.removeEventListener("change", show)
  }, [])
  return null
}
