/**
 * Route params as the static export hands them over: Next may pass non-ASCII segments
 * percent-encoded or decoded depending on the path taken; accept both.
 */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment).normalize("NFC")
  } catch {
    return segment.normalize("NFC")
  }
}
