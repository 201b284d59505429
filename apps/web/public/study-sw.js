// The study page's service worker: after one visit, /study/ opens and works offline.
// It only handles the study page, its deck and Next's hashed static files; every other request
// goes to the network untouched. Pages and the deck are network-first (a rebuilt site is picked up
// at once), hashed static files cache-first (their names change when their content does).
const BASE = self.location.pathname.replace(/\/study-sw\.js$/, "")
const CACHE = "kube-notes-study-v1"
const PAGES = [`${BASE}/study/`, `${BASE}/study-deck.json`]

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PAGES))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim())
})

self.addEventListener("fetch", (event) => {
  const { request } = event
  if (request.method !== "GET") return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  const path = url.pathname
  if (path.startsWith(`${BASE}/_next/static/`)) {
    event.respondWith(
      caches.match(request).then(
        (hit) =>
          hit ??
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone()
              caches.open(CACHE).then((cache) => cache.put(request, copy))
            }
            return response
          }),
      ),
    )
  } else if (PAGES.includes(path)) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone()
            caches.open(CACHE).then((cache) => cache.put(path, copy))
          }
          return response
        })
        .catch(() => caches.match(path).then((hit) => hit ?? Response.error())),
    )
  }
})
