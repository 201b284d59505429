import "pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css"
import "./globals.css"
import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import { Enhancements } from "../components/Enhancements.tsx"
import { SiteHeader } from "../components/SiteHeader.tsx"
import { CONTENT_VERSION } from "../generated/content-version.ts"
import { getSiteSettings, imageSourcePolicy } from "../lib/data/settings.ts"
import { messages as m } from "../lib/messages.ts"
import { THEME_SCRIPT } from "../lib/theme-script.ts"

export const metadata: Metadata = {
  title: { default: "kube-notes", template: "%s · kube-notes" },
  description: m.site.description,
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#15171c" },
  ],
}

export default function RootLayout({ children }: { readonly children: ReactNode }) {
  return (
    // The theme script sets data-theme before paint; React must not fight it.
    <html lang="ko" suppressHydrationWarning>
      <head>
        {/* A second line behind the sanitiser: pictures load only from the site, and from https
            hosts only while kube-notes.json shows remote images (never http: or data:). */}
        <meta httpEquiv="Content-Security-Policy" content={imageSourcePolicy(getSiteSettings())} />
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant of our own, no content */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        <meta name="kube-notes-content" content={CONTENT_VERSION} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {m.site.skipToContent}
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>{m.site.footer}</p>
        </footer>
        <Enhancements />
      </body>
    </html>
  )
}
