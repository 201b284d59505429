"use client"

import { useEffect } from "react"
import { withBase } from "../../lib/urls.ts"

/** Registers the study page's service worker (public/study-sw.js) so the page opens offline. */
export function useOfflineWorker() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return
    navigator.serviceWorker.register(withBase("/study-sw.js"), { scope: withBase("/") }).catch(() => {
      // No worker (file://, private modes): the page still works while it stays open.
    })
  }, [])
}
