/**
 * A grapheme segmenter that answers common text without ICU: the reader bundle puts it in
 * place of every `Intl.Segmenter` (ours, Ink's, slice-ansi's, ansi-tokenize's; see
 * scripts/bundle-reader.mjs).
 *
 * Why: the first `Intl.Segmenter` a process creates loads ICU's break-iterator data, ≈ 15 ms
 * on this machine, and the bundle created four at load; Ink then segments every line of every
 * frame. In text made only of the characters below, every UTF-16 unit is a code point and a
 * grapheme of its own (none of them joins its neighbour under Unicode's grapheme rules:
 * test/lazy-segmenter.test.ts compares every one of them, and random strings of them, with
 * `Intl.Segmenter`), so the segments are the characters. Any other text, and any other
 * granularity, goes to a real `Intl.Segmenter`, made on first need.
 */
// Printable ASCII and ESC (a control character: alone by rule; Ink's frames are full of SGR
// codes), Latin-1 letters and signs (not the soft hyphen, a format character), general
// punctuation from the hyphen on (not the zero-width characters and joiners before it), arrows,
// box drawing, geometric shapes (the tree's ▸ ▾), and the precomposed Hangul syllables (a
// syllable never joins the next syllable; the conjoining jamo that could follow one are not in
// this set).
export const STANDALONE_GRAPHEMES =
  /^[\x1B\x20-\x7E\u00A0-\u00AC\u00AE-\u00FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u257F\u25A0-\u25FF\uAC00-\uD7A3]*$/

interface Segment {
  readonly segment: string
  readonly index: number
  readonly input: string
}

/** The segments of text made only of standalone graphemes: one per character. */
class StandaloneSegments implements Iterable<Segment> {
  constructor(private readonly input: string) {}

  containing(index = 0): Segment | undefined {
    const at = Math.trunc(Number(index))
    if (!(at >= 0 && at < this.input.length)) return undefined
    return { segment: this.input[at] as string, index: at, input: this.input }
  }

  *[Symbol.iterator](): Iterator<Segment> {
    const { input } = this
    for (let index = 0; index < input.length; index++) yield { segment: input[index] as string, index, input }
  }
}

export class LazySegmenter {
  private real: Intl.Segmenter | undefined
  private readonly grapheme: boolean

  constructor(
    private readonly locales?: string | string[],
    private readonly options?: Intl.SegmenterOptions,
  ) {
    this.grapheme = (options?.granularity ?? "grapheme") === "grapheme"
  }

  segment(input: string): Intl.Segments | StandaloneSegments {
    const text = String(input)
    if (this.grapheme && STANDALONE_GRAPHEMES.test(text)) return new StandaloneSegments(text)
    return this.segmenter().segment(text)
  }

  resolvedOptions(): Intl.ResolvedSegmenterOptions {
    return this.segmenter().resolvedOptions()
  }

  private segmenter(): Intl.Segmenter {
    // globalThis: the bundle replaces the plain `Intl.Segmenter` expression with this class.
    this.real ??= new globalThis.Intl.Segmenter(this.locales, this.options)
    return this.real
  }
}
