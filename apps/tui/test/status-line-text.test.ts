import stringWidth from "string-width"
import { describe, expect, it } from "vitest"
import { truncateStartToWidth, truncateToWidth } from "../src/render/truncate-to-width.ts"
import { layoutStatusLine } from "../src/tui/status-line-text.ts"

const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/u
const CRUMBS = "쿠버네티스 소개 및 설치 › 1. 쿠버네티스 오케스트레이션 › 1-1) 쿠버네티스 용어"
const HINTS = "? 도움말 · / 검색 · t 용어 · c 명령 · q 종료"

describe("cutting text to a terminal width", () => {
  it("should never cut inside a Hangul syllable, even when the cut falls on its second column", () => {
    for (let width = 1; width <= 12; width++) {
      const end = truncateToWidth("쿠버네티스 클러스터", width)
      const start = truncateStartToWidth("쿠버네티스 클러스터", width)
      for (const cut of [end, start]) {
        expect(stringWidth(cut)).toBeLessThanOrEqual(width)
        expect(cut.replace("…", "")).toMatch(/^[쿠버네티스 클러터]*$/u)
      }
    }
  })

  it("should keep a decomposed (NFD, as macOS writes it) syllable whole", () => {
    const nfd = "쿠버네티스".normalize("NFD")
    const cut = truncateToWidth(nfd, 6)
    expect(cut.normalize("NFC")).toBe("쿠버…")
    expect(stringWidth(cut)).toBe(5)
  })

  it("should keep the end of breadcrumbs and mark the cut at the start", () => {
    const cut = truncateStartToWidth(CRUMBS, 30)
    expect(cut.startsWith("…")).toBe(true)
    expect(cut.endsWith("1-1) 쿠버네티스 용어")).toBe(true)
    expect(stringWidth(cut)).toBeLessThanOrEqual(30)
  })
})

describe("laying out the status line", () => {
  it.each([80, 81, 100, 71])("should fill exactly %i columns with Korean crumbs and hints", (width) => {
    const { left, right } = layoutStatusLine(CRUMBS, HINTS, width)
    expect(stringWidth(left + right)).toBe(width)
    expect(right).toBe(HINTS)
    expect(left.trimEnd().endsWith("쿠버네티스 용어")).toBe(true)
  })

  it("should give the hints room first and cut the crumbs, on a syllable boundary", () => {
    // 80 columns: 44 for the hints, one space, 35 for the crumbs (which need 70).
    const { left } = layoutStatusLine(CRUMBS, HINTS, 80)
    expect(left.startsWith("…")).toBe(true)
    expect(HANGUL_SYLLABLE.test(left)).toBe(true)
    expect(stringWidth(left)).toBe(80 - stringWidth(HINTS))
  })

  it("should cut a message wider than the line, and show no crumbs then", () => {
    const message = "복사했습니다: ".repeat(10)
    const { left, right } = layoutStatusLine(CRUMBS, message, 40)
    expect(left.trim()).toBe("")
    expect(stringWidth(left + right)).toBe(40)
    expect(right.endsWith("…")).toBe(true)
  })
})
