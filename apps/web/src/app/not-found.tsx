import { messages as m } from "../lib/messages.ts"
import { withBase } from "../lib/urls.ts"

export default function NotFound() {
  return (
    <div className="page not-found">
      <h1>{m.site.notFoundTitle}</h1>
      <p>{m.site.notFoundLead}</p>
      <p>
        <a href={withBase("/")}>{m.site.notFoundHome}</a> ·{" "}
        <a href={withBase("/glossary/")}>{m.glossaryPage.title}</a> ·{" "}
        <a href={withBase("/commands/")}>{m.commandsPage.title}</a>
      </p>
    </div>
  )
}
