/**
 * Whether a typed answer matches the expected one. Both sides are NFC-normalised, lower-cased
 * and stripped of spaces and end punctuation, so "Kubectl  cluster-info" matches
 * "kubectl cluster-info"; one trailing particle is forgiven ("큐블렛이" for "큐블렛").
 * The learner still rates the card: this only says whether the text matched.
 */
import { stripParticle } from "./particles.ts"

export function checkTypedAnswer(input: string, expected: string): boolean {
  const want = normalise(expected)
  const got = normalise(input)
  if (!want || !got) return false
  return got === want || (stripParticle(got) === want && /[가-힣]$/u.test(got))
}

function normalise(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/[.,!?。·]+$/u, "")
}
