"use client"

import { useEffect } from "react"
import { installPageEnhancements } from "../lib/page-enhancements.ts"

/**
 * Page-wide behaviour in one small client component instead of one per button: copy buttons
 * and Escape hiding a term tooltip (lib/page-enhancements.ts), and the live region they speak in.
 */
export function Enhancements() {
  useEffect(() => installPageEnhancements(), [])
  return <div id="copy-status" className="visually-hidden" role="status" aria-live="polite" />
}
