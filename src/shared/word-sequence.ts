/**
 * How English cues and terms are found in a question: literal words, each pair of them optionally joined by up to
 * three separator characters ("social - live"), not right after a word character, then an ending. It finds what a global regular
 * expression of that shape finds — leftmost first, each match after the last, the same alternatives tried in the
 * same order (`word-sequence.test.ts` compares the two on random texts) — without compiling one: the lexicon's
 * and the vocabulary's few hundred patterns each cost V8 a compile on first use and another when it tiers the
 * pattern up, most of it during a process's first few hundred answers.
 */
/** Separators that may stand between two words of a sequence: "Social - Live" is as common as "social-live". */
const longestSeparatorRun = 3;

export interface WordSequenceShape {
  /** The literal words, in order; at most a short run of separators (longestSeparatorRun) may stand between two of them. */
  readonly words: readonly string[];
  readonly isSeparator: (code: number) => boolean;
  /** What must not stand right before a match (a lookbehind), or null. */
  readonly notBefore: ((code: number) => boolean) | null;
  /**
   * "open": any run of lower-case letters follows ("qualif*" → qualifies); "closed": one of the suffixes in turn,
   * then none, and what follows must not be `notAfter`.
   */
  readonly ending: { readonly kind: "open" } | { readonly kind: "closed"; readonly suffixes: readonly string[]; readonly notAfter: (code: number) => boolean };
}

export interface WordSequenceMatch {
  readonly start: number;
  readonly end: number;
}

export class WordSequence {
  constructor(private readonly shape: WordSequenceShape) {}

  /** Every match, as `text.matchAll` of the equivalent pattern gives them. */
  all(text: string): WordSequenceMatch[] {
    const found: WordSequenceMatch[] = [];
    for (let from = 0; from <= text.length; ) {
      const match = this.first(text, from);
      if (!match) break;
      found.push(match);
      // An empty match moves on by one code unit, as a global pattern without the u flag does.
      from = match.end > match.start ? match.end : match.start + 1;
    }
    return found;
  }

  /** The leftmost match starting at `from` or later. */
  first(text: string, from = 0): WordSequenceMatch | null {
    const { words, notBefore } = this.shape;
    const opening = words[0] ?? "";
    for (let start = from; start <= text.length; start += 1) {
      if (opening !== "") {
        start = text.indexOf(opening, start);
        if (start === -1) return null;
      }
      if (notBefore && start > 0 && notBefore(text.charCodeAt(start - 1))) continue;
      const end = this.rest(text, 1, start + opening.length);
      if (end !== -1) return { start, end };
    }
    return null;
  }

  /** Where a match ends when words[0…k-1] end at `at`, or -1: separators taken before none, as a greedy `{0,3}` tries. */
  private rest(text: string, k: number, at: number): number {
    const { words, isSeparator } = this.shape;
    if (k === words.length) return this.ending(text, at);
    const word = words[k]!;
    let run = 0;
    while (run < longestSeparatorRun && at + run < text.length && isSeparator(text.charCodeAt(at + run))) run += 1;
    // The longest run first, then shorter ones, as a greedy {0,3} backtracks.
    for (; run > 0; run -= 1) {
      if (!text.startsWith(word, at + run)) continue;
      const end = this.rest(text, k + 1, at + run + word.length);
      if (end !== -1) return end;
    }
    return text.startsWith(word, at) ? this.rest(text, k + 1, at + word.length) : -1;
  }

  private ending(text: string, at: number): number {
    const { ending } = this.shape;
    if (ending.kind === "open") {
      let end = at;
      while (end < text.length && isLowerLetter(text.charCodeAt(end))) end += 1;
      return end;
    }
    const endsHere = (end: number) => end >= text.length || !ending.notAfter(text.charCodeAt(end));
    for (const suffix of ending.suffixes) if (text.startsWith(suffix, at) && endsHere(at + suffix.length)) return at + suffix.length;
    return endsHere(at) ? at : -1;
  }
}

export function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

export function isLowerLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** What `\s` matches in a regular expression: ECMAScript's white space and line terminators. */
export function isRegExpSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
