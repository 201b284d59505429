/**
 * `output: "export"` refuses a dynamic route whose generateStaticParams returns nothing
 * (a folder without images, without glossary terms, without notes). Such routes emit one
 * placeholder path instead, which renders an "empty" page.
 */
export const PLACEHOLDER_SEGMENT = "_none"
