import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { StudyBadges } from "../../../components/study/StudyBadges.tsx"
import { renderNoteContent } from "../../../lib/data/note-html.ts"
import { findNotePage, loadNotePage, writeNotePages } from "../../../lib/data/note-pages.ts"
import { decodeSegment } from "../../../lib/params.ts"
import { NOTE_CONTENT_SLOT, NOTE_TEMPLATE_SEGMENT, NOTE_TITLE_SLOT } from "../../../lib/placeholder.ts"

interface NotePageProps {
  readonly params: Promise<{ note: string[] }>
}

export const dynamicParams = false

/**
 * A build renders only the template page: scripts/next-build.mjs has already rendered every
 * note's content to HTML outside Next (scripts/lib/render-note-html.mjs, lib/data/note-html.ts)
 * and writes each note's page from the template (scripts/lib/fill-note-pages.mjs).
 */
export function generateStaticParams() {
  // `next dev` checks a requested page against these params (output: export): there, every note.
  const notes =
    process.env.NODE_ENV === "development"
      ? writeNotePages().map((entry) => ({ note: entry.key.split("/") }))
      : []
  return [{ note: [NOTE_TEMPLATE_SEGMENT] }, ...notes]
}

const isTemplate = (segments: string[]) => segments.length === 1 && segments[0] === NOTE_TEMPLATE_SEGMENT

function findNote(segments: string[]) {
  return findNotePage(segments.map(decodeSegment).join("/"))
}

export async function generateMetadata({ params }: NotePageProps): Promise<Metadata> {
  const segments = (await params).note
  if (isTemplate(segments)) return { title: NOTE_TITLE_SLOT }
  const page = findNote(segments)
  return page ? { title: loadNotePage(page).data.note.title } : {}
}

/**
 * One page per note: its preamble and every topic, each at its own anchor, as one HTML string
 * (lib/render/note-page-html.ts). A build renders the template (content and title are slots);
 * `next dev` renders the note asked for. StudyBadges fills in the badges' due counts.
 */
export default async function NotePage({ params }: NotePageProps) {
  const segments = (await params).note
  const page = isTemplate(segments) ? undefined : findNote(segments)
  if (!page && !isTemplate(segments)) notFound()
  const html = page ? await renderNoteContent(page) : NOTE_CONTENT_SLOT
  return (
    <>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised bodies in markup printed by hast-util-to-html (note-page-html.ts) */}
      <div className="page note-page" dangerouslySetInnerHTML={{ __html: html }} />
      <StudyBadges />
    </>
  )
}
