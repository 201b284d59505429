import type { Metadata } from "next"
import { loadSite } from "../../lib/data/load-site.ts"
import { groupGlossary } from "../../lib/glossary.ts"
import { termUrl } from "../../lib/urls.ts"

export const metadata: Metadata = { title: "용어집" }

export default function GlossaryPage() {
  const groups = groupGlossary(loadSite().query.listNodes("term"))
  return (
    <div className="page glossary-page">
      <h1>용어집</h1>
      <p className="lead">가나다 순, 그다음 A–Z 순입니다. 한글 별칭은 원래 용어를 가리킵니다.</p>
      <nav className="glossary-index" aria-label="첫 글자">
        <ul>
          {groups.map((group) => (
            <li key={group.label}>
              <a href={`#group-${encodeURIComponent(group.label)}`}>{group.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.label} aria-labelledby={`group-${group.label}`} className="glossary-group">
          <h2 id={`group-${group.label}`}>{group.label}</h2>
          <dl>
            {group.entries.map((entry) => (
              <div
                key={`${entry.term.id}-${entry.name}`}
                className={entry.isAlias ? "glossary-alias" : "glossary-term"}
              >
                <dt>
                  <a href={termUrl(entry.term.id)}>{entry.name}</a>
                </dt>
                {entry.isAlias ? (
                  <dd className="muted">→ {entry.term.title}</dd>
                ) : (
                  <dd>
                    {entry.term.definition || <span className="muted">정의 없음</span>}
                    {entry.term.aliases.length > 0 && (
                      <span className="aliases">다른 이름: {entry.term.aliases.join(", ")}</span>
                    )}
                  </dd>
                )}
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  )
}
