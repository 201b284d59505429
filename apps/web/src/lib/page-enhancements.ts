/**
 * Page-wide behaviour as delegated listeners, shared by the React pages (components/Enhancements.tsx)
 * and the plain script of pages without React (src/plain/page.ts): copy buttons (`[data-copy]`,
 * printed by CopyButton and the note renderer) and Escape hiding a term tooltip (WCAG 1.4.13).
 * The `#copy-status` live region is in every page's markup (Enhancements renders it).
 */
import { messages as m } from "./messages.ts"

/** Attaches the listeners; returns what removes them. */
export function installPageEnhancements(): () => void {
  const onClick = async (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest?.("button[data-copy]")
    if (!(button instanceof HTMLButtonElement)) return
    const text = button.dataset.copy ?? ""
    try {
      await navigator.clipboard.writeText(text)
      flash(button, m.content.copied)
    } catch {
      flash(button, m.content.copyFailed)
    }
  }
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return
    for (const tip of document.querySelectorAll(".term")) tip.classList.add("tip-dismissed")
  }
  const onPointer = () => {
    for (const tip of document.querySelectorAll(".tip-dismissed")) tip.classList.remove("tip-dismissed")
  }
  document.addEventListener("click", onClick)
  document.addEventListener("keydown", onKey)
  document.addEventListener("focusin", onPointer)
  document.addEventListener("pointerover", onPointer)
  return () => {
    document.removeEventListener("click", onClick)
    document.removeEventListener("keydown", onKey)
    document.removeEventListener("focusin", onPointer)
    document.removeEventListener("pointerover", onPointer)
  }
}

function flash(button: HTMLButtonElement, message: string) {
  const label = button.querySelector("span")
  const status = document.getElementById("copy-status")
  if (status) status.textContent = message
  if (!label) return
  label.textContent = message
  button.dataset.state = message === m.content.copied ? "done" : "failed"
  window.setTimeout(() => {
    label.textContent = m.content.copy
    delete button.dataset.state
  }, 1500)
}
