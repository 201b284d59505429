/**
 * `output: "export"` refuses a dynamic route whose generateStaticParams returns nothing
 * (a folder without images, without glossary terms, without notes). Such routes emit one
 * placeholder path instead, which renders an "empty" page.
 */
export const PLACEHOLDER_SEGMENT = "_none"

/**
 * The one note page Next renders in a build: a template whose content and title are slots
 * (src/app/notes/[...note]/page.tsx); scripts/lib/fill-note-pages.mjs writes every note's page
 * from it and removes it from the export. The slots are plain words, the same in the page's HTML
 * and in its RSC payload, so the script finds each where it is.
 */
export const NOTE_TEMPLATE_SEGMENT = "_note-template"
export const NOTE_CONTENT_SLOT = "kn-note-content-slot"
export const NOTE_TITLE_SLOT = "kn-note-title-slot"

/**
 * The one page Next renders in a build for each route of pages that list places (a term's, a
 * command's): a template whose content, title and description are slots. Every page of the route
 * is rendered outside Next (src/lib/render/list-pages.tsx) and written from the template
 * (scripts/lib/fill-list-pages.mjs), which is then removed from the export.
 */
export const TERM_TEMPLATE_SEGMENT = "_term-template"
export const COMMAND_TEMPLATE_SEGMENT = "_command-template"
export const PAGE_CONTENT_SLOT = "kn-page-content-slot"
export const PAGE_TITLE_SLOT = "kn-page-title-slot"
export const PAGE_DESCRIPTION_SLOT = "kn-page-description-slot"
/** The learning path page's list items (src/app/path/page.tsx), filled the same way. */
export const PATH_LIST_SLOT = "kn-path-list-slot"
/**
 * The content of the pages rendered outside Next whole — home, the glossary, the cheat sheet — in
 * the element Next leaves for it (src/components/pages/PageBody.tsx), filled the same way.
 */
export const PAGE_BODY_SLOT = "kn-page-body-slot"
