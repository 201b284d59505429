import type { Metadata } from "next"
import { CopyButton } from "../../components/content/CopyButton.tsx"
import { ShellFilter } from "../../components/ShellFilter.tsx"
import { loadSite } from "../../lib/data/load-site.ts"
import { commandAnchor, topicUrl } from "../../lib/urls.ts"

export const metadata: Metadata = { title: "명령어 모음" }

/** Every command, grouped by tool, each linked to the topics that explain it. */
export default function CommandsPage() {
  const site = loadSite()
  const groups = site.getCommandsByTool()
  const shells = [...new Set(site.query.listNodes("command").flatMap((command) => command.shells))].sort()
  return (
    <div className="page commands-page">
      <h1>명령어 모음</h1>
      <p className="lead">노트에 나온 명령어를 도구별로 모았습니다. 각 명령어 아래 링크가 설명된 곳입니다.</p>
      {shells.length > 0 && <ShellFilter shells={shells} />}
      {[...groups].map(([tool, commands]) => (
        <section key={tool} aria-labelledby={`tool-${tool}`} className="command-group">
          <h2 id={`tool-${tool}`}>
            {tool} <span className="muted">({commands.length})</span>
          </h2>
          <ul className="command-list">
            {commands.map((command) => (
              <li
                key={command.id}
                id={commandAnchor(command.id)}
                data-shells={command.shells.join(" ") || "unknown"}
              >
                <div className="command-line">
                  <code>{command.text}</code>
                  <CopyButton text={command.text} label={`명령어 ${command.text}`} />
                  {command.shells.map((shell) => (
                    <span key={shell} className="badge">
                      {shell}
                    </span>
                  ))}
                </div>
                <ul className="places">
                  {site.getCommandPlaces(command.id).map((topic) => (
                    <li key={topic.id}>
                      <a href={topicUrl(topic.id)}>
                        {topic.number && <span className="topic-number">{topic.number}</span>} {topic.title}
                      </a>{" "}
                      <span className="muted">— {site.query.getNode(topic.note)?.title}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
