import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { Prose } from "../../../components/content/Prose.tsx"
import { Breadcrumbs } from "../../../components/note/Breadcrumbs.tsx"
import { PrevNext } from "../../../components/note/PrevNext.tsx"
import { TableOfContents } from "../../../components/note/TableOfContents.tsx"
import { TopicSection } from "../../../components/note/TopicSection.tsx"
import { StudyBadge } from "../../../components/study/StudyBadge.tsx"
import { StudyBadges } from "../../../components/study/StudyBadges.tsx"
import {
  findNotePage,
  loadNotePage,
  selectNotesToRender,
  writeNotePages,
} from "../../../lib/data/note-pages.ts"
import { messages as m } from "../../../lib/messages.ts"
import { decodeSegment } from "../../../lib/params.ts"
import { PLACEHOLDER_SEGMENT } from "../../../lib/placeholder.ts"
import { createIdMaker } from "../../../lib/render/render-content.ts"
import { renderMdast } from "../../../lib/render/render-mdast.ts"

interface NotePageProps {
  readonly params: Promise<{ note: string[] }>
}

export const dynamicParams = false

/** Runs once per build: writes every note's page data, then names the pages to render. */
export function generateStaticParams() {
  const pages = selectNotesToRender(writeNotePages())
  return pages.length > 0
    ? pages.map((page) => ({ note: page.key.split("/") }))
    : [{ note: [PLACEHOLDER_SEGMENT] }]
}

function findNote(segments: string[]) {
  return findNotePage(segments.map(decodeSegment).join("/"))
}

export async function generateMetadata({ params }: NotePageProps): Promise<Metadata> {
  const page = findNote((await params).note)
  return page ? { title: loadNotePage(page).data.note.title } : {}
}

/**
 * One page per note: its preamble and every topic, each at its own anchor. It reads only the
 * note's page data and bodies (lib/data/note-pages.ts), never the whole graph.
 */
export default async function NotePage({ params }: NotePageProps) {
  const segments = (await params).note
  const page = findNote(segments)
  if (!page && segments.join("/") === PLACEHOLDER_SEGMENT) return <p>{m.notePage.noNotes}</p>
  if (!page) notFound()
  const { data, bodies: mdast } = loadNotePage(page)
  const { note, topics } = data
  const getTerm = (id: string) => data.terms[id]
  const nextId = createIdMaker("tip")
  const intro = mdast.bodies[note.id]
  const preamble =
    intro && intro.children.length > 0 ? await renderMdast(intro, getTerm, nextId, note.title) : null
  const bodies: string[] = []
  for (const topic of topics) {
    const body = mdast.bodies[topic.id]
    bodies.push(body ? await renderMdast(body, getTerm, nextId, topic.title) : "")
  }
  const folder = note.path.includes("/") ? note.path.slice(0, note.path.lastIndexOf("/")) : undefined
  return (
    <div className="page note-page">
      <Breadcrumbs items={[...(folder ? [{ label: folder }] : []), { label: note.title }]} />
      <div className="note-layout">
        <article className="note" aria-labelledby="note-title">
          <h1 id="note-title">{note.title}</h1>
          <p className="muted note-path">
            <code>{note.path}</code> <StudyBadge scope={note.id} total={data.cards} />
          </p>
          {preamble !== null && <Prose html={preamble} />}
          {topics.map((topic, index) => (
            <TopicSection key={topic.id} topic={topic}>
              <Prose html={bodies[index] ?? ""} />
            </TopicSection>
          ))}
          <PrevNext previous={data.previous} next={data.next} />
          <StudyBadges />
        </article>
        {topics.length > 0 && <TableOfContents topics={topics} />}
      </div>
    </div>
  )
}
