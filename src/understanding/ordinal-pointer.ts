import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { escapeRegExp as escape } from "../shared/escape-reg-exp.js";
import { matchable } from "./clauses.js";

/**
 * "第四个有什么注意事项", "排第5项呢", "and the 4th one?": the place a message points at by its number (0 for the first),
 * as the lexicon's ordinals write it; null when it names none.
 */
export function numberedPlace(text: MatchableText, lexicon: Lexicon): number | null {
  const { chinese, english } = patternsOf(lexicon);
  // "我有第3个小程序", "the second mini program": a place among other things.
  const amongOthers = (source: string, end: number, script: "zh" | "en") => lexicon.ordinals.notAfter.startsText(matchable(source.slice(end).trimStart(), script));
  const inChinese = chinese.exec(text.compact);
  const numeral = inChinese?.[1];
  if (inChinese && numeral !== undefined && !amongOthers(text.compact, inChinese.index + inChinese[0].length, "zh")) {
    const place = /^\d+$/u.test(numeral) ? Number(numeral) : lexicon.qualificationCount.numerals.get(numeral);
    if (place !== undefined && place > 0) return place - 1;
  }
  const inEnglish = english.exec(text.lower);
  if (!inEnglish || amongOthers(text.lower, inEnglish.index + inEnglish[0].length, "en")) return null;
  const place = lexicon.ordinals.en.get(inEnglish[1]!);
  return place === undefined ? null : place - 1;
}

const patterns = new WeakMap<Lexicon, { readonly chinese: RegExp; readonly english: RegExp }>();

/** The ordinal patterns of a lexicon, made once: prefix, numeral, measure; or an English ordinal, then its word. */
function patternsOf(lexicon: Lexicon): { readonly chinese: RegExp; readonly english: RegExp } {
  let made = patterns.get(lexicon);
  if (!made) {
    const { zhBefore, zhAfter, en, enAfter } = lexicon.ordinals;
    const anyOf = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");
    made = {
      chinese: new RegExp(`(?:${anyOf(zhBefore)})(\\d+|${anyOf(lexicon.qualificationCount.numerals.keys())})(?:${anyOf(zhAfter)})`, "u"),
      english: new RegExp(`\\b(${anyOf(en.keys())})\\s+(?:${anyOf(enAfter)})\\b`, "u"),
    };
    patterns.set(lexicon, made);
  }
  return made;
}
