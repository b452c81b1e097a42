import { LatinTermMatcher } from "./latin-term-matcher.js";
import { termKey } from "./normalize-question.js";
import { keepLongestWithoutOverlap, type TermMatch } from "./term-match.js";
import { CodeUnitIndex } from "../shared/code-unit-index.js";
import type { SoundsAlike } from "./sound-alike.js";
import { containsHan } from "../shared/han-script.js";

export type { TermMatch } from "./term-match.js";
export { isOneEditApart } from "./latin-term-matcher.js";

export interface TermMatcherOptions<Target = unknown> {
  /** Characters that make a word a phrase ("才能直播" is not a misspelt "才艺直播"): never read as a typo. */
  readonly functionCharacters?: ReadonlySet<string>;
  /** Characters often typed for one another; short terms match a typo only through these. */
  readonly confusable?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Whether the document uses a word: a "typo" that forms one with its neighbour is a real word (个人信息 is not 个人信用). */
  readonly knownWord?: (word: string) => boolean;
  /**
   * Whether a character typed sounds like the one meant (pinyin input mistypes by sound): a one-character typo of a
   * long term outside the confusable pairs is read only then. Without it, any content character is.
   */
  readonly soundsAlike?: SoundsAlike;
  /**
   * What a target stands for, one by one (a group: its categories): a typo of a long term narrows an exact short term
   * inside it ("教育平抬" → 教育平台, not the group 教育) when it stands for fewer of the same. Without it, each target
   * stands for itself.
   */
  readonly atomsOf?: (target: Target) => readonly unknown[];
  /** What an English term's -ies plural ("agencies") stands for, when not what the term does. */
  readonly pluralOf?: (target: Target) => Target;
}

/** A vocabulary entry: what it names is opaque to the matcher. */
export interface Term<Target> {
  readonly text: string;
  readonly target: Target;
}

const astralPattern = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

// Role bits of a code unit in TermMatcher.roles.
const startsTerm = 1;
const startsTypo = 2;
const secondOfTypo = 4;
const startsVariant = 8;

interface TypoReading<Target> {
  readonly match: TermMatch<Target>;
  readonly order: number;
  readonly heard: boolean;
}

interface HanEntry<Target> {
  readonly term: string;
  readonly targets: Target[];
  /** The term's place in the vocabulary. */
  readonly order: number;
}

// Any one wrong character in terms this long; shorter ones only through confusable characters (卷商).
const minimumTypoLengthHan = 4;
const minimumConfusableLengthHan = 2;
// A typo is a wrong content character; a function word in its place ("才能直播" for "才艺直播") is just another phrase.

/**
 * Finds vocabulary terms in a question, longest first and without overlaps, so
 * "证券投资咨询" wins over "证券" and "个人征信" over "个人". Chinese terms match
 * anywhere in the compact text; Latin terms match whole words (with a plural s).
 */
export class TermMatcher<Target> {
  private readonly hanTerms: Map<string, Target[]>;
  private readonly latin: LatinTermMatcher<Target>;

  private readonly functionCharacters: ReadonlySet<string>;
  private readonly confusable: ReadonlyMap<string, ReadonlySet<string>>;
  private readonly knownWord: (word: string) => boolean;
  private readonly soundsAlike: SoundsAlike;
  private readonly atomsOf: (target: Target) => readonly unknown[];
  /** Misspellings of short terms through confusable characters, to their terms. */
  private readonly shortVariants: Map<string, { term: string; targets: Target[]; order: number }>;
  // Built once so a question is read position by position, not term by term (a 2,000-character question
  // against ~300 terms): exact terms by their first character; typo candidates by their first and by their
  // second character (one wrong character leaves one of the two right); confusable variants by their first.
  // Keyed by code unit (code-unit-index.ts): no one-letter string is made per position read.
  private readonly hanByFirst = new CodeUnitIndex<HanEntry<Target>>();
  private readonly typoByFirst = new CodeUnitIndex<HanEntry<Target>>();
  private readonly typoBySecond = new CodeUnitIndex<HanEntry<Target>>();
  private readonly variantsByFirst = new CodeUnitIndex<string>();
  /**
   * Per UTF-16 code unit, which of the indexes above hold entries under it (the role bits below): one byte read
   * tells a position's four roles, where asking each index would be four calls per position.
   */
  private readonly roles = new Uint8Array(0x10000);

  constructor(terms: ReadonlyArray<Term<Target>>, options: TermMatcherOptions<Target> = {}) {
    this.functionCharacters = options.functionCharacters ?? new Set();
    this.confusable = options.confusable ?? new Map();
    this.knownWord = options.knownWord ?? (() => false);
    // Without a way to hear, any content character may be the typo, but its sound is no evidence for it (see matchHan).
    this.soundsAlike = options.soundsAlike ?? (() => null);
    this.atomsOf = options.atomsOf ?? ((target) => [target]);
    this.hanTerms = new Map();
    const latinTerms = new Map<string, Target[]>();
    for (const { text, target } of terms) {
      const isHan = containsHan(text);
      const key = termKey(text);
      if (!key) continue;
      const map = isHan ? this.hanTerms : latinTerms;
      const list = map.get(key) ?? [];
      if (!list.includes(target)) list.push(target);
      map.set(key, list);
    }
    this.latin = new LatinTermMatcher(latinTerms, this.knownWord, options.pluralOf);
    this.shortVariants = new Map();
    for (const [term, targets] of this.hanTerms) {
      if (term.length < minimumConfusableLengthHan || term.length >= minimumTypoLengthHan || !containsHan(term)) continue;
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
      this.hanByFirst.add(term.charCodeAt(0), entry);
      mark(term, startsTerm);
      if (term.length >= minimumTypoLengthHan && containsHan(term)) {
        this.typoByFirst.add(term.charCodeAt(0), entry);
        this.typoBySecond.add(term.charCodeAt(1), entry);
        mark(term[0]!, startsTypo);
        mark(term[1]!, secondOfTypo);
      }
    }
    for (const variant of this.shortVariants.keys()) {
      this.variantsByFirst.add(variant.charCodeAt(0), variant);
      mark(variant, startsVariant);
    }
  }

  /** Matches Chinese terms in `compact` and Latin terms in `lower` (see normalizeQuestion). */
  match(compact: string, lower: string): TermMatch<Target>[] {
    // Appended rather than spread into a new array: one array, built one way, at every call.
    const found = this.matchHan(compact);
    for (const match of this.latin.match(lower)) found.push(match);
    return found;
  }

  private matchHan(compact: string): TermMatch<Target>[] {
    const found: TermMatch<Target>[] = [];
    const { roles, hanByFirst } = this;
    for (let start = 0; start < compact.length; start += 1) {
      const code = compact.charCodeAt(start);
      if ((roles[code]! & startsTerm) === 0) continue;
      // Indexed, not for…of: until V8 optimises this, each for…of step is a call to the array iterator.
      const entries = hanByFirst.at(code)!;
      for (let index = 0; index < entries.length; index += 1) {
        const { term, targets } = entries[index]!;
        if (compact.startsWith(term, start)) found.push({ term, targets, start, end: start + term.length, typo: false, confusable: false });
      }
    }
    // A typo of a long term beats the exact short term inside it when its wrong character was typed by sound (驾小培训
    // is 驾校培训: 小 and 校 are both xiao) or is one often typed for it, or else when it narrows the short term down:
    // 公幕基金 is 公募基金 (基金 covers both funds), but without a sound to go by 网课直播 stays 网课, not a misspelt 上课直播.
    // Kept typos are appended after the exact matches, which alone decide whether a typo is kept.
    const exactCount = found.length;
    for (const { match: typo, heard } of this.matchHanTypos(compact)) {
      if (typo.confusable || heard || narrowsExactInside(typo, found, exactCount, this.atomsOf)) found.push(typo);
    }
    return keepLongestWithoutOverlap(found);
  }

  /**
   * Typo readings, in term order then position: equally long ones at one place are decided by that order. `heard`:
   * the wrong character was checked to sound like the right one.
   */
  private matchHanTypos(compact: string): ReadonlyArray<TypoReading<Target>> {
    const found: TypoReading<Target>[] = [];
    // Astral characters: no fuzzy matching.
    if (!astralPattern.test(compact)) this.readHanTypos(compact, found);
    if (found.length === 0) return found;
    return found.sort((a, b) => a.order - b.order || a.match.start - b.match.start);
  }

  private readHanTypos(compact: string, found: TypoReading<Target>[]): void {
    // Character codes, not one-character strings: a string per position would be made for every character read.
    const { roles, typoByFirst, typoBySecond } = this;
    for (let start = 0; start + minimumTypoLengthHan <= compact.length; start += 1) {
      const first = compact.charCodeAt(start);
      if (roles[first]! & startsTypo) {
        const entries = typoByFirst.at(first)!;
        for (let index = 0; index < entries.length; index += 1) this.readTypo(compact, start, entries[index]!, found);
      }
      // Terms whose first character is this one were read just above.
      const second = compact.charCodeAt(start + 1);
      if (roles[second]! & secondOfTypo) {
        const entries = typoBySecond.at(second)!;
        for (let index = 0; index < entries.length; index += 1) {
          if (entries[index]!.term.charCodeAt(0) !== first) this.readTypo(compact, start, entries[index]!, found);
        }
      }
    }
    // Short terms ("券商") only through characters often typed for one another ("卷商"), looked up directly.
    for (let from = 0; from < compact.length; from += 1) {
      const code = compact.charCodeAt(from);
      if ((roles[code]! & startsVariant) === 0) continue;
      for (const variant of this.variantsByFirst.at(code)!) {
        if (!compact.startsWith(variant, from)) continue;
        const { term, targets, order } = this.shortVariants.get(variant)!;
        // "学东西" is a word with its neighbour, not a misspelt 学车.
        const at = [...variant].findIndex((character, position) => character !== term[position]) + from;
        if (!this.formsWordAt(compact, at)) found.push({ match: { term, targets, start: from, end: from + variant.length, typo: true, confusable: true }, order, heard: false });
      }
    }
  }

  private readTypo(compact: string, start: number, { term, targets, order }: HanEntry<Target>, found: TypoReading<Target>[]): void {
    if (start + term.length > compact.length) return;
    let differences = 0;
    let differingAt = -1;
    // Code units, not one-letter strings: a string per character compared would be made for every offset.
    for (let offset = 0; offset < term.length && differences < 2; offset += 1) {
      if (compact.charCodeAt(start + offset) !== term.charCodeAt(offset)) {
        differences += 1;
        differingAt = offset;
      }
    }
    if (differences !== 1) return;
    const typed = compact[start + differingAt]!;
    const confusable = this.confusable.get(term[differingAt]!)?.has(typed) === true;
    if (!containsHan(typed) || this.functionCharacters.has(typed)) return;
    let alike: boolean | null = null;
    if (!confusable) {
      // "个人信息" is a real word, not a misspelt 个人信用. Asked before the sound: most near misses form a word, and
      // the sound needs the pinyin module, a native load of a few milliseconds the first time.
      const at = start + differingAt;
      if (this.formsWordAt(compact, at)) return;
      // "直播卖车" is another phrase, not a misspelt 直播卖货: 车 sounds nothing like 货.
      alike = this.soundsAlike(typed, term[differingAt]!);
      if (alike === false) return;
    }
    found.push({ match: { term, targets, start, end: start + term.length, typo: true, confusable }, order, heard: alike === true });
  }

  /** Whether the character at `at` forms a word the document uses with its neighbour before or after it. */
  private formsWordAt(compact: string, at: number): boolean {
    return [compact.slice(at - 1, at + 1), compact.slice(at, at + 2)].some((pair) => pair.length === 2 && this.knownWord(pair));
  }
}

/**
 * Whether every exact match inside the typo's span is a broader word the typo narrows down: what each of the typo's
 * targets stands for among what the exact match's stand for, and fewer of them. Only the first `exactCount` matches
 * are exact ones.
 */
function narrowsExactInside<Target>(
  typo: TermMatch<Target>,
  matches: ReadonlyArray<TermMatch<Target>>,
  exactCount: number,
  atomsOf: (target: Target) => readonly unknown[],
): boolean {
  for (let index = 0; index < exactCount; index += 1) {
    const exact = matches[index]!;
    if (exact.start < typo.start || exact.end > typo.end) continue;
    const broad = new Set(exact.targets.flatMap(atomsOf));
    const narrow = new Set(typo.targets.flatMap(atomsOf));
    if (broad.size <= narrow.size) return false;
    for (const atom of narrow) if (!broad.has(atom)) return false;
  }
  return true;
}
