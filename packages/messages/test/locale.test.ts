import { describe, expect, it } from "vitest"
import { en, getMessages, ko, pickLocale } from "../src/index.ts"

describe("choosing the language from the environment", () => {
  it("should speak Korean when no locale variable is set", () => {
    expect(pickLocale({})).toBe("ko")
  })

  it.each([
    ["en_US.UTF-8", "en"],
    ["en", "en"],
    ["en_GB", "en"],
    ["en-US", "en"],
    ["ko_KR.UTF-8", "ko"],
    ["C", "ko"],
    ["POSIX", "ko"],
    ["C.UTF-8", "ko"],
    ["de_DE.UTF-8", "ko"],
    ["eng", "ko"],
  ])("should read LANG=%s as %s", (lang, locale) => {
    expect(pickLocale({ LANG: lang })).toBe(locale)
  })

  it("should let LC_ALL override LC_MESSAGES and LANG", () => {
    expect(pickLocale({ LC_ALL: "en_US.UTF-8", LC_MESSAGES: "ko_KR.UTF-8", LANG: "ko_KR.UTF-8" })).toBe("en")
    expect(pickLocale({ LC_ALL: "ko_KR.UTF-8", LC_MESSAGES: "en_US.UTF-8", LANG: "en_US.UTF-8" })).toBe("ko")
    expect(pickLocale({ LC_ALL: "C", LANG: "en_US.UTF-8" })).toBe("ko")
  })

  it("should let LC_MESSAGES override LANG", () => {
    expect(pickLocale({ LC_MESSAGES: "en_US.UTF-8", LANG: "ko_KR.UTF-8" })).toBe("en")
    expect(pickLocale({ LC_MESSAGES: "ko_KR.UTF-8", LANG: "en_US.UTF-8" })).toBe("ko")
  })

  it("should skip a variable that is set but empty", () => {
    expect(pickLocale({ LC_ALL: "", LC_MESSAGES: "", LANG: "en_US.UTF-8" })).toBe("en")
    expect(pickLocale({ LC_ALL: "", LANG: "" })).toBe("ko")
  })

  it("should give the catalogue of each language", () => {
    expect(getMessages("ko")).toBe(ko)
    expect(getMessages("en")).toBe(en)
  })
})
