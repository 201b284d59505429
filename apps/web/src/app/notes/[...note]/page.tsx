import { getIdKey } from "@kube-notes/graph"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { Prose } from "../../../components/content/Prose.tsx"
import { Breadcrumbs } from "../../../components/note/Breadcrumbs.tsx"
import { PrevNext } from "../../../components/note/PrevNext.tsx"
import { TableOfContents } from "../../../components/note/TableOfContents.tsx"
import { TopicSection } from "../../../components/note/TopicSection.tsx"
import { StudyBadge } from "../../../components/study/StudyBadge.tsx"
import { StudyBadges } from "../../../components/study/StudyBadges.tsx"
import { loadNoteBodies } from "../../../lib/data/load-bodies.ts"
import { loadDeck } from "../../../lib/data/load-deck.ts"
import { loadSite } from "../../../lib/data/load-site.ts"
import { messages as m } from "../../../lib/messages.ts"
import { decodeSegment } from "../../../lib/params.ts"
import { PLACEHOLDER_SEGMENT } from "../../../lib/placeholder.ts"
import { createIdMaker } from "../../../lib/render/render-content.ts"
import { renderMdast } from "../../../lib/render/render-mdast.ts"

interface NotePageProps {
  readonly params: Promise<{ note: string[] }>
}

export const dynamicParams = false

export function generateStaticParams() {
  const { notes } = loadSite()
  return notes.length > 0
    ? notes.map((note) => ({ note: getIdKey(note.id).split("/") }))
    : [{ note: [PLACEHOLDER_SEGMENT] }]
}

function findNote(segments: string[]) {
  return loadSite().getNoteByKey(segments.map(decodeSegment).join("/"))
}

export async function generateMetadata({ params }: NotePageProps): Promise<Metadata> {
  const note = findNote((await params).note)
  return note ? { title: note.title } : {}
}

/** One page per note: its preamble and every topic, each at its own anchor. */
export default async function NotePage({ params }: NotePageProps) {
  const site = loadSite()
  const segments = (await params).note
  const note = findNote(segments)
  if (!note && segments.join("/") === PLACEHOLDER_SEGMENT) return <p>{m.notePage.noNotes}</p>
  if (!note) notFound()
  const topics = site.getTopicsOfNote(note.id)
  const deck = loadDeck()
  const nextId = createIdMaker("tip")
  const { bodies: mdast } = loadNoteBodies(note.id)
  const intro = mdast[note.id]
  const preamble =
    intro && intro.children.length > 0 ? await renderMdast(intro, site, nextId, note.title) : null
  const bodies: string[] = []
  for (const topic of topics) {
    const body = mdast[topic.id]
    bodies.push(body ? await renderMdast(body, site, nextId, topic.title) : "")
  }
  const folder = note.path.includes("/") ? note.path.slice(0, note.path.lastIndexOf("/")) : undefined
  return (
    <div className="page note-page">
      <Breadcrumbs items={[...(folder ? [{ label: folder }] : []), { label: note.title }]} />
      <div className="note-layout">
        <article className="note" aria-labelledby="note-title">
          <h1 id="note-title">{note.title}</h1>
          <p className="muted note-path">
            <code>{note.path}</code> <StudyBadge scope={note.id} total={deck.countOf(note.id)} />
          </p>
          {preamble !== null && <Prose html={preamble} />}
          {topics.map((topic, index) => (
            <TopicSection key={topic.id} topic={topic} site={site} cards={deck.countOf(topic.id)}>
              <Prose html={bodies[index] ?? ""} />
            </TopicSection>
          ))}
          <PrevNext site={site} noteId={note.id} />
          <StudyBadges />
        </article>
        {topics.length > 0 && <TableOfContents topics={topics} />}
      </div>
    </div>
  )
}
