import { compactForMatching } from "../understanding/normalize-question.js";
import type { CueIndex } from "./cue-index.js";
import type { Cues } from "./lexicon-schema.js";
import { pushToList } from "../shared/push-to-list.js";
import { latinEdgesOf, standsApart, type LatinEdges } from "./latin-edges.js";
import { isLowerLetterOrDigit, isRegExpSpace, WordSequence } from "../shared/word-sequence.js";

/** A question in the two forms cues are matched on (see normalizeQuestion). */
export interface MatchableText {
  /** Lower-case, without spaces and joining marks: Chinese cues index this. */
  readonly compact: string;
  /** Lower-case text: English cues index this. */
  readonly lower: string;
  /**
   * Positions in `compact` where a space stood between two Chinese characters ("社交直播被撤销了 电商平台还在"): a
   * clause may end there. Absent for pieces of a question.
   */
  readonly softBreaks?: readonly number[];
}

/** An English cue compiled: its whole-word matcher and the leading letters it cannot match without. */
export interface LatinCue {
  readonly cue: string;
  readonly sequence: WordSequence;
  readonly literal: string;
}

export interface CueHit {
  readonly cue: string;
  readonly script: "zh" | "en";
  readonly start: number;
  readonly end: number;
}

const noWords: readonly string[] = [];
const noSets: readonly CueSet[] = [];

/**
 * One concept's words, compiled once: Chinese cues as compact substrings, English cues as
 * whole-word patterns ("qualif*" matches any ending; spaces and hyphens inside are optional).
 */
export class CueSet {
  private readonly han: string[];
  private readonly latin: LatinCue[];
  /** The lexicon's shared index: a text it scanned is only looked up here (a # field: frames holding a set stay serialisable). */
  #index: CueIndex | null = null;
  /** This set's place in that index. */
  #position = -1;
  /** Chinese cues by their first code unit, longest first as `han` keeps them. */
  private readonly hanByFirst = new Map<number, string[]>();
  /** The English cues' words for `fills`, longest first: "thanks a lot" before "thanks". */
  private readonly latinWords: readonly string[];
  /** The cues of each script as written: whether a whole text or a hit's cue is one of them is a lookup. */
  private readonly hanCues: ReadonlySet<string>;
  private readonly latinCueTexts: ReadonlySet<string>;
  /** The Chinese cues with Latin letters at an end ("icp", "a是"), which a Latin word must not run on into. */
  private readonly latinEdged = new Map<string, LatinEdges>();

  constructor(cues: Cues) {
    this.han = [...new Set(cues.zh.map(compactForMatching).filter(Boolean))].sort((a, b) => b.length - a.length);
    // The cue's leading letters must occur literally for it to match: a cheap test before the matcher.
    this.latin = [...new Set(cues.en.map((cue) => cue.trim().toLowerCase()).filter(Boolean))].map((cue) => ({
      cue,
      sequence: latinCueSequence(cue),
      literal: cue.replace(/\*$/, "").split(/[\s-]+/)[0] ?? "",
    }));
    for (const cue of this.han) {
      pushToList(this.hanByFirst, cue.charCodeAt(0), cue);
      const edges = latinEdgesOf(cue);
      if (edges !== null) this.latinEdged.set(cue, edges);
    }
    this.latinWords = this.latin.map(({ cue }) => cue.replace(/\*$/, "")).sort((a, b) => b.length - a.length);
    this.hanCues = new Set(this.han);
    this.latinCueTexts = new Set(this.latin.map(({ cue }) => cue));
  }

  /** Called by the index that holds this set. */
  useIndex(index: CueIndex, position: number): void {
    this.#index = index;
    this.#position = position;
  }

  /** Every occurrence, in both scripts; Chinese positions index `compact`, English ones `lower`. */
  find(text: MatchableText): readonly CueHit[] {
    // A question read many times (once per mention) is scanned by the index; other texts are pieces read once.
    return this.#index?.hitsOf(text, this.#position) ?? this.scan(text);
  }

  private scan(text: MatchableText): CueHit[] {
    const hits: CueHit[] = [];
    // Chinese cues by their first character: a question of twenty characters checks a handful of cues, not all.
    const { compact, lower } = text;
    for (let start = 0; start < compact.length; start += 1) {
      const cues = this.hanByFirst.get(compact.charCodeAt(start));
      if (cues === undefined) continue;
      for (let index = 0; index < cues.length; index += 1) {
        const cue = cues[index]!;
        if (compact.startsWith(cue, start) && this.standsAt(cue, text, start)) hits.push({ cue, script: "zh", start, end: start + cue.length });
      }
    }
    for (const { cue, sequence, literal } of this.latin) {
      if (!lower.includes(literal)) continue;
      for (const { start, end } of sequence.all(lower)) hits.push({ cue, script: "en", start, end });
    }
    return hits;
  }

  test(text: MatchableText): boolean {
    const indexed = this.#index?.hitsOf(text, this.#position);
    if (indexed) return indexed.length > 0;
    return this.holdsChinese(text) || this.latin.some(({ sequence, literal }) => text.lower.includes(literal) && sequence.first(text.lower) !== null);
  }

  /**
   * Whether a Chinese cue stands in `compact`. A text shorter than the list of cues is read by its characters, each
   * looked up among the cues it starts (a whole question against the ~90 requests for help is ~20 lookups, not 90
   * searches); a longer one is searched for each cue.
   */
  private holdsChinese(text: MatchableText): boolean {
    const { compact } = text;
    if (compact.length >= this.han.length) return this.han.some((cue) => compact.includes(cue) && (!this.latinEdged.has(cue) || this.occursApart(cue, text)));
    for (let start = 0; start < compact.length; start += 1) {
      const cues = this.hanByFirst.get(compact.charCodeAt(start));
      if (cues === undefined) continue;
      for (let index = 0; index < cues.length; index += 1) if (compact.startsWith(cues[index]!, start) && this.standsAt(cues[index]!, text, start)) return true;
    }
    return false;
  }

  /** Whether a Chinese cue found at `start` stands there as a cue: not inside a longer Latin word (latin-edges.ts). */
  private standsAt(cue: string, text: MatchableText, start: number): boolean {
    const edges = this.latinEdged.get(cue);
    return edges === undefined || standsApart(edges, text.compact, text.lower, start, start + cue.length);
  }

  private occursApart(cue: string, text: MatchableText): boolean {
    for (let at = text.compact.indexOf(cue); at !== -1; at = text.compact.indexOf(cue, at + 1)) if (this.standsAt(cue, text, at)) return true;
    return false;
  }

  /** Whether the text (one script's form) starts with a cue. */
  startsText(text: MatchableText): boolean {
    // The first match is the leftmost, so "the first starts at 0" is "a hit starts at 0".
    const indexed = this.#index?.hitsOf(text, this.#position);
    if (indexed) return indexed.some((hit) => hit.start === 0);
    return this.han.some((cue) => text.compact.startsWith(cue) && this.standsAt(cue, text, 0)) || this.latin.some(({ sequence, literal }) => text.lower.startsWith(literal) && sequence.first(text.lower)?.start === 0);
  }

  /** Whether the text ends with a cue (trailing punctuation aside). */
  endsText(text: MatchableText): boolean {
    const compact = text.compact.replace(/[!?。.,,~～!?]+$/u, "");
    const lower = text.lower.replace(/[!?.,~\s]+$/u, "");
    return this.han.some((cue) => compact.endsWith(cue) && this.standsAt(cue, { compact, lower }, compact.length - cue.length)) || this.latin.some(({ sequence, literal }) => lower.includes(literal) && sequence.all(lower).some((hit) => hit.end === lower.length));
  }

  /** Whether `cue` is one of this set's cues, as a hit reports it. */
  has(cue: string): boolean {
    return this.hanCues.has(cue) || this.latinCueTexts.has(cue);
  }

  /** Whether the whole text is one of the cues (for greetings and commands). */
  isWhole(text: MatchableText): boolean {
    return this.hanCues.has(text.compact) || this.latinCueTexts.has(text.lower.trim());
  }

  /**
   * Whether `gap` (one script's text) is made only of these cues and spaces/punctuation — and of the `companions`'
   * cues, when given ("你好呀": a greeting and a particle).
   */
  fills(gap: string, script: "zh" | "en", companions: readonly CueSet[] = noSets): boolean {
    let rest = gap.trim();
    for (let changed = true; changed && rest !== ""; ) {
      changed = false;
      rest = rest.replace(/^[\s,,]+/u, "");
      if (rest === "") break;
      const taken = this.takeWord(rest, script) || companions.reduce((found, set) => found || set.takeWord(rest, script), 0);
      if (taken > 0) {
        rest = rest.slice(taken);
        changed = true;
      }
    }
    // The loop stops on a word it cannot take (after leading separators) or on nothing left: what is left is
    // either empty or starts with a word no cue takes. Testing that, not the whole rest again, keeps a long gap cheap.
    return rest === "";
  }

  /** The length of the cue `text` starts with (the longest one), 0 when none. */
  private takeWord(text: string, script: "zh" | "en"): number {
    // Longest first: "thanks a lot" before "thanks", which would leave "a lot" unread. A Chinese word can only be
    // one of the cues starting with the text's first character.
    const words = script === "zh" ? (this.hanByFirst.get(text.charCodeAt(0)) ?? noWords) : this.latinWords;
    for (let index = 0; index < words.length; index += 1) {
      const word = words[index]!;
      if (word && text.startsWith(word) && (script === "zh" || !/[a-z0-9]/.test(text[word.length] ?? ""))) return word.length;
    }
    return 0;
  }

  /** The Chinese cues as written (compact form), for word-level checks. */
  get chineseCues(): readonly string[] {
    return this.han;
  }

  /** The English cues, compiled, in this set's order. */
  get latinCues(): readonly LatinCue[] {
    return this.latin;
  }
}

/**
 * A cue's words as the lexicon means them: spaces and hyphens inside are optional ("review time" = review-time =
 * reviewtime), a trailing * takes any ending, and a cue starting with a letter or digit starts a word.
 */
export function latinCueSequence(cue: string): WordSequence {
  const open = cue.endsWith("*");
  return new WordSequence({
    words: (open ? cue.slice(0, -1) : cue).split(/[\s-]+/),
    isSeparator: (code) => code === 0x2d || isRegExpSpace(code),
    notBefore: /^[a-z0-9]/.test(cue) ? isLowerLetterOrDigit : null,
    ending: open ? { kind: "open" } : { kind: "closed", suffixes: [], notAfter: isLowerLetterOrDigit },
  });
}
