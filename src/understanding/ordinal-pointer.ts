import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { anyOfWords } from "../shared/any-of-words.js";
import { matchable, sourceOf } from "./clauses.js";

/**
 * The place a message points at among categories talked about or listed: by a word (the last, the first, second or
 * third: "最后一个", "前者", "the latter") or by its number; null when none, or when what follows the place word is
 * something else that has places ("第一个月", "第二位主播", "第一种方式": lexicon ordinals.notAfter).
 */
export function placePointedAt(text: MatchableText, lexicon: Lexicon): number | null {
  const { lastOne, firstOne, secondOne, thirdOne } = lexicon.dialogue;
  const byWord = ([[lastOne, -1], [firstOne, 0], [secondOne, 1], [thirdOne, 2]] as const).find(([cues]) =>
    cues.find(text).some((hit) => !placeOfSomethingElse(sourceOf(text, hit.script), hit.end, hit.script, lexicon)),
  );
  if (byWord) return byWord[1];
  const anyWord = [lastOne, firstOne, secondOne, thirdOne].some((cues) => cues.test(text));
  return anyWord ? null : numberedPlace(text, lexicon);
}

/**
 * "第四个有什么注意事项", "排第5项呢", "and the 4th one?": the place a message points at by its number (0 for the first),
 * as the lexicon's ordinals write it; null when it names none.
 */
export function numberedPlace(text: MatchableText, lexicon: Lexicon): number | null {
  const { chinese, english } = patternsOf(lexicon);
  const inChinese = chinese.exec(text.compact);
  const numeral = inChinese?.[1];
  if (inChinese && numeral !== undefined && !placeOfSomethingElse(text.compact, inChinese.index + inChinese[0].length, "zh", lexicon)) {
    const place = /^\d+$/u.test(numeral) ? Number(numeral) : lexicon.qualificationCount.numerals.get(numeral);
    if (place !== undefined && place > 0) return place - 1;
  }
  const inEnglish = english.exec(text.lower);
  if (!inEnglish || placeOfSomethingElse(text.lower, inEnglish.index + inEnglish[0].length, "en", lexicon)) return null;
  const place = lexicon.ordinals.en.get(inEnglish[1]!);
  return place === undefined ? null : place - 1;
}

/** "我有第3个小程序", "第一个月", "the second mini program": what follows the place has places of its own (ordinals.notAfter). */
function placeOfSomethingElse(source: string, end: number, script: "zh" | "en", lexicon: Lexicon): boolean {
  return lexicon.ordinals.notAfter.startsText(matchable(source.slice(end).trimStart(), script));
}

const patterns = new WeakMap<Lexicon, { readonly chinese: RegExp; readonly english: RegExp }>();

/** The ordinal patterns of a lexicon, made once: prefix, numeral, measure; or an English ordinal, then its word. */
function patternsOf(lexicon: Lexicon): { readonly chinese: RegExp; readonly english: RegExp } {
  let made = patterns.get(lexicon);
  if (!made) {
    const { zhBefore, zhAfter, en, enAfter } = lexicon.ordinals;
    made = {
      chinese: new RegExp(`${anyOfWords(zhBefore)}(\\d+|${anyOfWords(lexicon.qualificationCount.numerals.keys())})${anyOfWords(zhAfter)}`, "u"),
      english: new RegExp(`\\b(${anyOfWords(en.keys())})\\s+${anyOfWords(enAfter)}\\b`, "u"),
    };
    patterns.set(lexicon, made);
  }
  return made;
}
