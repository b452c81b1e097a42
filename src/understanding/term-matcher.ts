import { compactForMatching } from "./normalize-question.js";

export interface TermMatcherOptions {
  /** Characters that make a word a phrase ("才能直播" is not a misspelt "才艺直播"): never read as a typo. */
  readonly functionCharacters?: ReadonlySet<string>;
  /** Characters often typed for one another; short terms match a typo only through these. */
  readonly confusable?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Whether the document uses a word: a "typo" that forms one with its neighbour is a real word (个人信息 is not 个人信用). */
  readonly knownWord?: (word: string) => boolean;
}

/** A vocabulary entry: what it names is opaque to the matcher. */
export interface Term<Target> {
  readonly text: string;
  readonly target: Target;
}

export interface TermMatch<Target> {
  readonly term: string;
  readonly targets: readonly Target[];
  readonly start: number;
  readonly end: number;
  /** Found with one character wrong ("公幕基金" for "公募基金"). */
  readonly typo: boolean;
  /** The wrong character is one often typed for the right one (卷/券, 连/联). */
  readonly confusable?: boolean;
}

const hanPattern = /\p{Script=Han}/u;
const astralPattern = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

// Role bits of a code unit in TermMatcher.roles.
const startsTerm = 1;
const startsTypo = 2;
const secondOfTypo = 4;
const startsVariant = 8;

interface HanEntry<Target> {
  readonly term: string;
  readonly targets: Target[];
  /** The term's place in the vocabulary. */
  readonly order: number;
}

function push<Value>(map: Map<string, Value[]>, key: string, value: Value): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
// Any one wrong character in terms this long; shorter ones only through confusable characters (卷商).
const minimumTypoLengthHan = 4;
const minimumConfusableLengthHan = 2;
const minimumTypoLengthLatin = 5;
// A typo is a wrong content character; a function word in its place ("才能直播" for "才艺直播") is just another phrase.

/**
 * Finds vocabulary terms in a question, longest first and without overlaps, so
 * "证券投资咨询" wins over "证券" and "个人征信" over "个人". Chinese terms match
 * anywhere in the compact text; Latin terms match whole words (with a plural s).
 */
export class TermMatcher<Target> {
  private readonly hanTerms: Map<string, Target[]>;
  private readonly latinTerms: Map<string, Target[]>;
  private readonly latinPatterns: Array<{ term: string; literal: string; pattern: RegExp }>;

  private readonly functionCharacters: ReadonlySet<string>;
  private readonly confusable: ReadonlyMap<string, ReadonlySet<string>>;
  private readonly knownWord: (word: string) => boolean;
  /** Misspellings of short terms through confusable characters, to their terms. */
  private readonly shortVariants: Map<string, { term: string; targets: Target[]; order: number }>;
  // Built once so a question is read position by position, not term by term (a 2,000-character question
  // against ~300 terms): exact terms by their first character; typo candidates by their first and by their
  // second character (one wrong character leaves one of the two right); variants by length.
  private readonly hanByFirst = new Map<string, Array<HanEntry<Target>>>();
  private readonly typoByFirst = new Map<string, Array<HanEntry<Target>>>();
  private readonly typoBySecond = new Map<string, Array<HanEntry<Target>>>();
  private readonly variantsByFirst = new Map<string, string[]>();
  /** Per UTF-16 code unit, which of the maps above it keys (see the role bits below): one array read per position. */
  private readonly roles = new Uint8Array(0x10000);
  private readonly latinTypoTerms: Array<{ term: string; targets: Target[] }>;
  private readonly latinByStart = new Map<string, number[]>();
  private readonly latinAnywhere: number[] = [];

  constructor(terms: ReadonlyArray<Term<Target>>, options: TermMatcherOptions = {}) {
    this.functionCharacters = options.functionCharacters ?? new Set();
    this.confusable = options.confusable ?? new Map();
    this.knownWord = options.knownWord ?? (() => false);
    this.hanTerms = new Map();
    this.latinTerms = new Map();
    for (const { text, target } of terms) {
      const isHan = hanPattern.test(text);
      const key = isHan ? compactForMatching(text) : text.toLowerCase().trim();
      if (!key) continue;
      const map = isHan ? this.hanTerms : this.latinTerms;
      const list = map.get(key) ?? [];
      if (!list.includes(target)) list.push(target);
      map.set(key, list);
    }
    this.latinPatterns = [...this.latinTerms.keys()].map((term) => ({
      term,
      literal: term.split(/[\s-]+/)[0] ?? "",
      pattern: new RegExp(`(?<![a-z])${escapeRegExp(term).replace(/[ -]/g, "[ -]?")}(?:s|es)?(?![a-z])`, "g"),
    }));
    // A term starting with a letter can only match where a run of letters starts, and starts with its first
    // word there: looked up by that word's first two letters (one, for a one-letter word).
    this.latinPatterns.forEach(({ literal }, index) => {
      if (/^[a-z]/.test(literal)) push(this.latinByStart, literal.slice(0, 2), index);
      else this.latinAnywhere.push(index);
    });
    this.shortVariants = new Map();
    for (const [term, targets] of this.hanTerms) {
      if (term.length < minimumConfusableLengthHan || term.length >= minimumTypoLengthHan || !hanPattern.test(term)) continue;
      [...term].forEach((character, index) => {
        for (const typed of this.confusable.get(character) ?? []) {
          const variant = term.slice(0, index) + typed + term.slice(index + 1);
          if (!this.hanTerms.has(variant)) this.shortVariants.set(variant, { term, targets, order: 0 });
        }
      });
    }
    // Typo readings are ordered like the vocabulary: terms first, then the variants in the order they were made.
    let order = this.hanTerms.size;
    for (const [variant, entry] of this.shortVariants) this.shortVariants.set(variant, { ...entry, order: order++ });
    order = 0;
    const mark = (character: string, role: number) => (this.roles[character.charCodeAt(0)]! |= role);
    for (const [term, targets] of this.hanTerms) {
      const entry = { term, targets, order: order++ };
      push(this.hanByFirst, term[0]!, entry);
      mark(term, startsTerm);
      if (term.length >= minimumTypoLengthHan && hanPattern.test(term)) {
        push(this.typoByFirst, term[0]!, entry);
        push(this.typoBySecond, term[1]!, entry);
        mark(term[0]!, startsTypo);
        mark(term[1]!, secondOfTypo);
      }
    }
    for (const variant of this.shortVariants.keys()) {
      push(this.variantsByFirst, variant[0]!, variant);
      mark(variant, startsVariant);
    }
    this.latinTypoTerms = [...this.latinTerms]
      .filter(([term]) => term.length >= minimumTypoLengthLatin && !term.includes(" "))
      .map(([term, targets]) => ({ term, targets }));
  }

  /** Matches Chinese terms in `compact` and Latin terms in `lower` (see normalizeQuestion). */
  match(compact: string, lower: string): TermMatch<Target>[] {
    return [...this.matchHan(compact), ...this.matchLatin(lower)];
  }

  private matchHan(compact: string): TermMatch<Target>[] {
    const found: TermMatch<Target>[] = [];
    for (let start = 0; start < compact.length; start += 1) {
      if ((this.roles[compact.charCodeAt(start)]! & startsTerm) === 0) continue;
      for (const { term, targets } of this.hanByFirst.get(compact[start]!)!) {
        if (compact.startsWith(term, start)) found.push({ term, targets, start, end: start + term.length, typo: false });
      }
    }
    // A typo of a long term beats the exact short term inside it only when it narrows it down:
    // 公幕基金 is 公募基金 (基金 covers both funds), but 网课直播 stays 网课, not a misspelt 上课直播.
    const typos = this.matchHanTypos(compact).filter((typo) =>
      typo.confusable ||
      found
        .filter((exact) => exact.start >= typo.start && exact.end <= typo.end)
        .every((exact) => typo.targets.every((target) => exact.targets.includes(target)) && exact.targets.length > typo.targets.length),
    );
    return keepLongestWithoutOverlap([...found, ...typos]);
  }

  /** Typo readings, in term order then position: equally long ones at one place are decided by that order. */
  private matchHanTypos(compact: string): TermMatch<Target>[] {
    const found: Array<{ match: TermMatch<Target>; order: number }> = [];
    if (astralPattern.test(compact)) return []; // astral characters: skip fuzzy matching
    for (let start = 0; start + minimumTypoLengthHan <= compact.length; start += 1) {
      const first = compact[start]!;
      if (this.roles[compact.charCodeAt(start)]! & startsTypo) for (const entry of this.typoByFirst.get(first)!) this.readTypo(compact, start, entry, found);
      // Terms whose first character is this one were read just above.
      if (this.roles[compact.charCodeAt(start + 1)]! & secondOfTypo) {
        for (const entry of this.typoBySecond.get(compact[start + 1]!)!) if (entry.term[0] !== first) this.readTypo(compact, start, entry, found);
      }
    }
    // Short terms ("券商") only through characters often typed for one another ("卷商"), looked up directly.
    for (let from = 0; from < compact.length; from += 1) {
      if ((this.roles[compact.charCodeAt(from)]! & startsVariant) === 0) continue;
      for (const variant of this.variantsByFirst.get(compact[from]!)!) {
        if (!compact.startsWith(variant, from)) continue;
        const { term, targets, order } = this.shortVariants.get(variant)!;
        // "学东西" is a word with its neighbour, not a misspelt 学车.
        const at = [...variant].findIndex((character, position) => character !== term[position]) + from;
        const formsWord = [compact.slice(at - 1, at + 1), compact.slice(at, at + 2)].some((pair) => pair.length === 2 && this.knownWord(pair));
        if (!formsWord) found.push({ match: { term, targets, start: from, end: from + variant.length, typo: true, confusable: true }, order });
      }
    }
    return found.sort((a, b) => a.order - b.order || a.match.start - b.match.start).map((item) => item.match);
  }

  private readTypo(compact: string, start: number, { term, targets, order }: HanEntry<Target>, found: Array<{ match: TermMatch<Target>; order: number }>): void {
    if (start + term.length > compact.length) return;
    let differences = 0;
    let differingAt = -1;
    for (let offset = 0; offset < term.length && differences < 2; offset += 1) {
      if (compact[start + offset] !== term[offset]) {
        differences += 1;
        differingAt = offset;
      }
    }
    if (differences !== 1) return;
    const typed = compact[start + differingAt]!;
    const confusable = this.confusable.get(term[differingAt]!)?.has(typed) === true;
    if (!hanPattern.test(typed) || this.functionCharacters.has(typed)) return;
    const at = start + differingAt;
    const formsWord = !confusable && [compact.slice(at - 1, at + 1), compact.slice(at, at + 2)].some((pair) => pair.length === 2 && this.knownWord(pair));
    if (confusable || !formsWord) found.push({ match: { term, targets, start, end: start + term.length, typo: true, confusable }, order });
  }

  private matchLatin(lower: string): TermMatch<Target>[] {
    const found: TermMatch<Target>[] = [];
    // The term's first word must stand in the text before its pattern can match.
    const candidates = new Set<number>();
    for (let start = 0; start < lower.length; start += 1) {
      if (!isLetter(lower.charCodeAt(start)) || (start > 0 && isLetter(lower.charCodeAt(start - 1)))) continue;
      for (const key of [lower.slice(start, start + 2), lower[start]!]) {
        for (const index of this.latinByStart.get(key) ?? []) if (lower.startsWith(this.latinPatterns[index]!.literal, start)) candidates.add(index);
      }
    }
    for (const index of this.latinAnywhere) if (lower.includes(this.latinPatterns[index]!.literal)) candidates.add(index);
    for (const [index, { term, pattern }] of candidates.size > 0 ? this.latinPatterns.entries() : []) {
      if (!candidates.has(index)) continue;
      for (const hit of lower.matchAll(pattern)) {
        found.push({ term, targets: this.latinTerms.get(term)!, start: hit.index, end: hit.index + hit[0].length, typo: false });
      }
    }
    const accepted = keepLongestWithoutOverlap(found);
    const covered = new Array<boolean>(lower.length).fill(false);
    for (const match of accepted) covered.fill(true, match.start, match.end);
    const typos: TermMatch<Target>[] = [];
    for (const word of lower.matchAll(/[a-z]{5,}/g)) {
      if (covered[word.index]) continue;
      for (const { term, targets } of this.latinTypoTerms) {
        if (isOneEditApart(word[0], term)) {
          typos.push({ term, targets, start: word.index, end: word.index + word[0].length, typo: true });
          break;
        }
      }
    }
    return [...accepted, ...typos];
  }
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

function keepLongestWithoutOverlap<Target>(matches: TermMatch<Target>[]): TermMatch<Target>[] {
  const ordered = [...matches].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || Number(a.typo) - Number(b.typo) || a.start - b.start,
  );
  const accepted: TermMatch<Target>[] = [];
  for (const match of ordered) {
    if (accepted.some((other) => match.start < other.end && other.start < match.end)) continue;
    accepted.push(match);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/** Levenshtein distance of exactly one (one substitution, insertion or deletion). */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (a.length < b.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) === 1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
