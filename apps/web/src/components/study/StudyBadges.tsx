"use client"

import { useEffect } from "react"
import { fillStudyBadges } from "../../lib/study/study-badges.ts"

/**
 * Fills in the due counts of every study badge on the page (lib/study/study-badges.ts): one
 * component per page rather than one per badge.
 */
export function StudyBadges() {
  useEffect(() => fillStudyBadges(), [])
  return null
}
