import { keepLongestWithoutOverlap, type TermMatch } from "./term-match.js";
import { WordStartIndex } from "../shared/word-start-index.js";
import { isLowerLetter, WordSequence } from "../shared/word-sequence.js";
import { allMatches } from "../shared/all-matches.js";
import { pushToList } from "../shared/push-to-list.js";

const minimumTypoLengthLatin = 5;
// A word of a longer term read with a letter lost or gained ("ecomerce" in "ecommerce platform"): long words only.
const minimumLengthForLetterLostInTerm = 8;

/** A typo word's key: its length, a position (0 or 1) and the letter there. */
function typoWordKey(length: number, position: number, code: number): number {
  return (length * 2 + position) * 0x10000 + code;
}
/** The words a typo reading looks at. */
const longWord = new RegExp(`[a-z]{${minimumTypoLengthLatin},}`, "g");

/**
 * English terms as whole words, with optional spaces, hyphens or slashes inside and a plural ending; a word of five
 * letters or more one edit away from a term reads as that term, or from a word of a longer term that then stands
 * there ("socail live" → social live). A term starting with a letter can only match
 * where a run of letters starts, and starts with its first word there: terms are looked up by that word's
 * first two letters (one, for a one-letter word), not tested one by one.
 */
export class LatinTermMatcher<Target> {
  private readonly patterns: Array<{ term: string; literal: string; sequence: WordSequence }>;
  /** Pattern positions by where their first word can stand. */
  private readonly starts: WordStartIndex<number>;
  /**
   * The terms a typo reading looks at, by length: a word is one edit from a term only if their lengths differ by one at
   * most, so a word is held against three lengths' terms, not all of them. Each list keeps vocabulary order.
   */
  private readonly typoTermsByLength = new Map<number, Array<{ term: string; letters: string; parts: readonly string[]; targets: Target[]; order: number }>>();
  /**
   * The words of terms of several words a typo reading looks at, each with those terms' positions, by length and by
   * their first and by their second letter: one letter replaced or two swapped leaves one of the two in place, or
   * swaps them (typoWordKey).
   */
  private readonly typoWordsByLetter = new Map<number, Array<{ word: string; patterns: number[] }>>();

  /**
   * `terms`: lower-case terms to their targets, in vocabulary order (equally long matches keep that order).
   * `knownWord`: whether the document has a word; one it has, or has without a plural -s, is written as meant ("names"
   * is no misspelt "games").
   * `pluralOf`: what a term's -ies plural stands for, when not what the term does.
   */
  /** The terms given, and the -ies plural of each ending in a consonant and y ("companies", "agencies"). */
  private readonly terms: ReadonlyMap<string, Target[]>;

  constructor(
    given: ReadonlyMap<string, Target[]>,
    private readonly knownWord: (word: string) => boolean = () => false,
    pluralOf: (target: Target) => Target = (target) => target,
  ) {
    const terms = new Map(given);
    for (const [term, targets] of given) {
      const plural = iesPlural(term);
      if (plural !== null && !terms.has(plural)) terms.set(plural, targets.map(pluralOf));
    }
    this.terms = terms;
    this.patterns = [...terms.keys()].map((term) => ({
      term,
      literal: term.split(/[\s/-]+/)[0] ?? "",
      sequence: latinTermSequence(term),
    }));
    this.starts = new WordStartIndex((index) => this.patterns[index]!.literal, "a-z");
    this.patterns.forEach((_, index) => this.starts.add(index));
    // Held by their letters: a hyphen inside is optional ("e-commerce" is written "ecommerce", misspelt "ecomerce").
    [...terms]
      .filter(([term]) => term.length >= minimumTypoLengthLatin && !term.includes(" "))
      .forEach(([term, targets], order) => {
        const letters = term.replaceAll("-", "");
        pushToList(this.typoTermsByLength, letters.length, { term, letters, parts: term.split("-"), targets, order });
      });
    const wordsOfTerms = new Map<string, number[]>();
    this.patterns.forEach(({ term }, index) => {
      const words = term.split(/[\s/-]+/u);
      if (words.length < 2) return;
      for (const word of new Set(words)) if (word.length >= minimumTypoLengthLatin && /^[a-z]+$/u.test(word)) pushToList(wordsOfTerms, word, index);
    });
    wordsOfTerms.forEach((patterns, word) => {
      pushToList(this.typoWordsByLetter, typoWordKey(word.length, 0, word.charCodeAt(0)), { word, patterns });
      pushToList(this.typoWordsByLetter, typoWordKey(word.length, 1, word.charCodeAt(1)), { word, patterns });
    });
  }

  /** Whole-word matches and one-edit typos of the uncovered words, in `lower` (see normalizeQuestion). */
  match(lower: string): TermMatch<Target>[] {
    const found: TermMatch<Target>[] = [];
    // The term's first word must stand in the text before its pattern can match.
    // In vocabulary order, as the terms were listed.
    for (const index of [...this.starts.candidatesIn(lower)].sort((a, b) => a - b)) {
      const { term, sequence } = this.patterns[index]!;
      const matches = sequence.all(lower);
      for (let at = 0; at < matches.length; at += 1) {
        found.push({ term, targets: this.terms.get(term)!, start: matches[at]!.start, end: matches[at]!.end, typo: false, confusable: false });
      }
    }
    const accepted = keepLongestWithoutOverlap(found);
    const typos: TermMatch<Target>[] = [];
    for (const word of allMatches(longWord, lower)) {
      if (accepted.some((match) => match.start <= word.index && word.index < match.end)) continue;
      if (typos.some((match) => match.start <= word.index && word.index < match.end)) continue;
      if (this.knownWord(word[0]) || (word[0].endsWith("s") && this.knownWord(word[0].slice(0, -1)))) continue;
      const inLongerTerm = this.typoInLongerTerm(lower, word.index, word[0]);
      if (inLongerTerm) {
        typos.push(inLongerTerm);
        continue;
      }
      // The first term in vocabulary order one edit away: the first of each length's list, the earliest of those.
      let first: { term: string; letters: string; parts: readonly string[]; targets: Target[]; order: number } | null = null;
      for (let length = word[0].length - 1; length <= word[0].length + 1; length += 1) {
        const entries = this.typoTermsByLength.get(length);
        if (entries === undefined) continue;
        for (let at = 0; at < entries.length; at += 1) {
          const entry = entries[at]!;
          if (first !== null && entry.order > first.order) break;
          // A word that is a part of the hyphenated term as written is that word, no typo ("share" is no "a-share").
          if (isOneEditApart(word[0], entry.letters) && !entry.parts.includes(word[0])) {
            first = entry;
            break;
          }
        }
      }
      if (first) typos.push({ term: first.term, targets: first.targets, start: word.index, end: word.index + word[0].length, typo: true, confusable: false });
    }
    // A longer term read through a typo takes the place of the shorter ones inside it ("live" in "socail live").
    if (typos.length === 0) return accepted;
    const kept = accepted.filter((match) => !typos.some((typo) => typo.start <= match.start && match.end <= typo.end));
    return [...kept, ...typos];
  }

  /**
   * The first term of several words, in vocabulary order, that stands at `start` once the word there is read as the
   * term's word of the same length one letter or one swap away ("socail live" → social live), with its span in
   * `lower`; or null. Not a letter more or less: that makes real words into names ("diving school" is no driving
   * school).
   */
  private typoInLongerTerm(lower: string, start: number, written: string): TermMatch<Target> | null {
    let best: { index: number; term: TermMatch<Target> } | null = null;
    const { length } = written;
    // The first two letters swapped ("oscail") leave neither in place: those are listed under the other letter.
    const keys = [typoWordKey(length, 0, written.charCodeAt(0)), typoWordKey(length, 1, written.charCodeAt(1)), typoWordKey(length, 0, written.charCodeAt(1))];
    // A long word may also have lost or gained a letter ("ecomerce platform"); a short one only that way would read too
    // much ("diving school" is no driving school). Its first letter, or its second, stays in place.
    if (length >= minimumLengthForLetterLostInTerm) {
      for (const other of [length - 1, length + 1]) keys.push(typoWordKey(other, 0, written.charCodeAt(0)), typoWordKey(other, 1, written.charCodeAt(1)));
    }
    for (const key of keys) {
      const entries = this.typoWordsByLetter.get(key);
      if (entries === undefined) continue;
      for (let at = 0; at < entries.length; at += 1) {
        const { word, patterns } = entries[at]!;
        if (!isOneEditApart(written, word)) continue;
        const corrected = lower.slice(0, start) + word + lower.slice(start + written.length);
        for (const index of patterns) {
          if (best !== null && index > best.index) break;
          const { term, sequence } = this.patterns[index]!;
          const match = sequence.all(corrected).find((found) => found.start <= start && start < found.end);
          if (!match) continue;
          best = { index, term: { term, targets: this.terms.get(term)!, start: match.start, end: match.end, typo: true, confusable: false } };
          break;
        }
      }
    }
    return best?.term ?? null;
  }
}

/** "company" → "companies": the plural a closed -s or -es ending cannot spell; null for any other term. */
function iesPlural(term: string): string | null {
  return /[b-df-hj-np-tv-z]y$/u.test(term) ? `${term.slice(0, -1)}ies` : null;
}

/**
 * A term as a whole word: each space or hyphen inside it may be left out or written as a space, hyphen or slash
 * ("audio/video equipment"), and a plural ending (s, es) may follow.
 */
export function latinTermSequence(term: string): WordSequence {
  return new WordSequence({
    words: term.split(/[ -]/),
    isSeparator: (code) => code === 0x20 || code === 0x2f || code === 0x2d,
    notBefore: isLowerLetter,
    ending: { kind: "closed", suffixes: ["s", "es"], notAfter: isLowerLetter },
  });
}


/**
 * One edit apart: one substitution, insertion or deletion, or two neighbouring letters swapped ("socail" for social,
 * the commonest slip of typing). By code unit, no slices: it runs for every long word left unread.
 */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    let first = 0;
    while (a.charCodeAt(first) === b.charCodeAt(first)) first += 1;
    // One letter replaced, or this one and the next swapped; the rest as written.
    if (sameFrom(a, b, first + 1)) return true;
    return a.charCodeAt(first) === b.charCodeAt(first + 1) && a.charCodeAt(first + 1) === b.charCodeAt(first) && sameFrom(a, b, first + 2);
  }
  const longer = a.length > b.length ? a : b;
  const shorter = a.length > b.length ? b : a;
  let first = 0;
  while (first < shorter.length && longer.charCodeAt(first) === shorter.charCodeAt(first)) first += 1;
  // One letter more in the longer one, here; the rest as written.
  for (let index = first; index < shorter.length; index += 1) {
    if (longer.charCodeAt(index + 1) !== shorter.charCodeAt(index)) return false;
  }
  return true;
}

/** Whether two strings of one length agree from `from` on. */
function sameFrom(a: string, b: string, from: number): boolean {
  for (let index = from; index < a.length; index += 1) if (a.charCodeAt(index) !== b.charCodeAt(index)) return false;
  return true;
}
