import type { CueSet, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { anyOfWords } from "../shared/any-of-words.js";
import { escapeRegExp } from "../shared/escape-reg-exp.js";
import { matchable, sourceOf } from "./clauses.js";

/**
 * The place a message points at among categories talked about or listed: by a word (the last, the first, second or
 * third: "最后一个", "前者", "the latter") or by its number; null when none, or when what follows the place word is
 * something else that has places ("第一个月", "第二位主播", "第一种方式": lexicon ordinals.notAfter).
 */
export function placePointedAt(text: MatchableText, lexicon: Lexicon): number | null {
  // "倒数第二个" holds 第二个, "the second to last one" holds "last one": counted from the end, read first.
  const fromEnd = placeFromEnd(text, lexicon);
  if (fromEnd !== undefined) return fromEnd;
  const { lastOne, firstOne, secondOne, thirdOne } = lexicon.dialogue;
  const byWord = ([[lastOne, -1], [firstOne, 0], [secondOne, 1], [thirdOne, 2]] as const).find(([cues]) =>
    cues.find(text).some((hit) => !placeOfSomethingElse(sourceOf(text, hit.script), hit.end, hit.script, lexicon)),
  );
  if (byWord) return byWord[1];
  const anyWord = [lastOne, firstOne, secondOne, thirdOne].some((cues) => cues.test(text));
  return anyWord ? null : numberedPlace(text, lexicon);
}

/**
 * "三个分别几选一", "那3个各要几个资质": a count of things opening the message (clause openers at most before it), the
 * things not something else that has places (lexicon ordinals.notAfter); null when the message opens with none.
 */
export function countOpening(text: MatchableText, lexicon: Lexicon): number | null {
  const found = patternsOf(lexicon).chineseCount.exec(text.compact);
  const numeral = found?.[1];
  if (!found || numeral === undefined || !lexicon.roles.clauseOpeners.fills(text.compact.slice(0, found.index), "zh")) return null;
  if (placeOfSomethingElse(text.compact, found.index + found[0].length, "zh", lexicon)) return null;
  const count = numeralValue(numeral, lexicon);
  return count === undefined || count < 1 ? null : count;
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
    const place = numeralValue(numeral, lexicon);
    if (place !== undefined && place > 0) return place - 1;
  }
  const inEnglish = english.exec(text.lower);
  if (!inEnglish || placeOfSomethingElse(text.lower, inEnglish.index + inEnglish[0].length, "en", lexicon)) return null;
  const place = lexicon.ordinals.en.get(inEnglish[1]!);
  return place === undefined ? null : place - 1;
}

/**
 * "第二条呢", "第1点是什么意思", "the second note": the place of a note (注意) the message points at, 0 for the first and
 * -1 for the last; null when it points at none.
 */
export function notePlacePointedAt(text: MatchableText, lexicon: Lexicon): number | null {
  const { noteLast, en } = lexicon.ordinals;
  if (noteLast.some((words) => text.compact.includes(words) || text.lower.includes(words))) return -1;
  const { chineseNote, englishNote } = patternsOf(lexicon);
  const inChinese = chineseNote.exec(text.compact);
  const numeral = inChinese?.[1];
  if (numeral !== undefined) {
    const place = numeralValue(numeral, lexicon);
    return place !== undefined && place > 0 ? place - 1 : null;
  }
  const inEnglish = englishNote.exec(text.lower);
  const place = inEnglish ? en.get(inEnglish[1]!) : undefined;
  return place === undefined ? null : place - 1;
}

/**
 * "第二个问题再说详细点", "the second question in more detail": the place of a question of the asker's last message (0
 * for the first), with the words that point at it as written, to be taken out; null when it points at none.
 */
export function questionPlacePointedAt(text: MatchableText, lexicon: Lexicon): { place: number; words: string } | null {
  const { chineseQuestion, englishQuestion } = patternsOf(lexicon);
  const inChinese = chineseQuestion.exec(text.compact);
  const numeral = inChinese?.[1];
  if (inChinese && numeral !== undefined) {
    const place = numeralValue(numeral, lexicon);
    return place !== undefined && place > 0 ? { place: place - 1, words: inChinese[0] } : null;
  }
  const inEnglish = englishQuestion.exec(text.lower);
  const place = inEnglish ? lexicon.ordinals.en.get(inEnglish[1]!) : undefined;
  return inEnglish && place !== undefined ? { place: place - 1, words: inEnglish[0] } : null;
}

/**
 * "倒数第二个", "the second to last one": the place counted from the end (-1 for the last, as `Array.at` reads it); null
 * when it is a place of something else ("倒数第二个月"); undefined when the message counts nothing from the end.
 */
export function placeFromEnd(text: MatchableText, lexicon: Lexicon, placesOf?: CueSet): number | null | undefined {
  // Most messages count nothing from the end: the from-end words decide whether the patterns are run at all.
  const { zhFromEnd, enFromEnd } = lexicon.ordinals;
  if (!zhFromEnd.some((word) => text.compact.includes(word)) && !enFromEnd.some((words) => text.lower.includes(words.slice(words.lastIndexOf(" ") + 1)))) return undefined;
  const { chineseFromEnd, englishFromEnd } = patternsOf(lexicon);
  // What follows the place names something else that has places — unless it names the things counted ("倒数第二个小程序"
  // among programs: `placesOf`).
  const ofSomethingElse = (source: string, end: number, script: "zh" | "en") =>
    placeOfSomethingElse(source, end, script, lexicon) && !(placesOf?.startsText(matchable(source.slice(end).trimStart(), script)) ?? false);
  const inChinese = chineseFromEnd.exec(text.compact);
  const numeral = inChinese?.[1];
  if (inChinese && numeral !== undefined) {
    const place = numeralValue(numeral, lexicon);
    if (place === undefined || place <= 0) return undefined;
    return ofSomethingElse(text.compact, inChinese.index + inChinese[0].length, "zh") ? null : -place;
  }
  const inEnglish = englishFromEnd.exec(text.lower);
  const place = inEnglish ? lexicon.ordinals.en.get(inEnglish[1]!) : undefined;
  if (!inEnglish || place === undefined) return undefined;
  // "from first to last", "go through them first to last": a span of the whole list, not a place in it.
  if (place === 1 && spanWord.test(inEnglish[0])) return undefined;
  return ofSomethingElse(text.lower, inEnglish.index + inEnglish[0].length, "en") ? null : -place;
}

// "first to last": the from-end word of a span ("to last", "to the last").
const spanWord = /[\s-]to[\s-]/u;

/** "我有第3个小程序", "第一个月", "the second mini program": what follows the place has places of its own (ordinals.notAfter). */
function placeOfSomethingElse(source: string, end: number, script: "zh" | "en", lexicon: Lexicon): boolean {
  return lexicon.ordinals.notAfter.startsText(matchable(source.slice(end).trimStart(), script));
}

interface OrdinalPatterns {
  readonly chinese: RegExp;
  readonly english: RegExp;
  readonly chineseFromEnd: RegExp;
  readonly englishFromEnd: RegExp;
  readonly chineseNote: RegExp;
  readonly englishNote: RegExp;
  readonly chineseQuestion: RegExp;
  readonly englishQuestion: RegExp;
  readonly chineseCount: RegExp;
}

const patterns = new WeakMap<Lexicon, OrdinalPatterns>();

/**
 * The ordinal patterns of a lexicon, made once: prefix, numeral, measure; or an English ordinal, then its word. Counted
 * from the end: the from-end word, the prefix and the measure if any, around the numeral; or an English ordinal, then
 * the from-end words, written with spaces or hyphens ("second-to-last").
 */
function patternsOf(lexicon: Lexicon): OrdinalPatterns {
  let made = patterns.get(lexicon);
  if (!made) {
    const { zhBefore, zhAfter, en, enAfter, zhFromEnd, enFromEnd, noteZhAfter, noteEnAfter, questionZhAfter, questionEnAfter } = lexicon.ordinals;
    const numerals = `(\\d+|${anyOfWords(lexicon.qualificationCount.numerals.keys())})`;
    const hyphenated = enFromEnd.map((words) => words.split(/\s+/u).map(escapeRegExp).join("[\\s-]+"));
    made = {
      chinese: new RegExp(`${anyOfWords(zhBefore)}${numerals}${anyOfWords(zhAfter)}`, "u"),
      english: new RegExp(`\\b(${anyOfWords(en.keys())})\\s+${anyOfWords(enAfter)}\\b`, "u"),
      chineseFromEnd: new RegExp(`${anyOfWords(zhFromEnd)}${anyOfWords(zhBefore)}?${numerals}${anyOfWords(zhAfter)}?`, "u"),
      englishFromEnd: new RegExp(`\\b(${anyOfWords(en.keys())})[\\s-]+(?:${hyphenated.join("|")})\\b`, "u"),
      chineseNote: new RegExp(`${anyOfWords(zhBefore)}${numerals}${anyOfWords(noteZhAfter)}`, "u"),
      englishNote: new RegExp(`\\b(${anyOfWords(en.keys())})\\s+${anyOfWords(noteEnAfter)}\\b`, "u"),
      chineseQuestion: new RegExp(`${anyOfWords(zhBefore)}${numerals}${anyOfWords(questionZhAfter)}`, "u"),
      englishQuestion: new RegExp(`\\b(${anyOfWords(en.keys())})\\s+${anyOfWords(questionEnAfter)}\\b`, "u"),
      chineseCount: new RegExp(`${numerals}${anyOfWords(zhAfter)}`, "u"),
    };
    patterns.set(lexicon, made);
  }
  return made;
}

/** A numeral as the ordinals and counts write it: digits, or a word of the lexicon's numerals (三, 两); undefined otherwise. */
function numeralValue(numeral: string, lexicon: Lexicon): number | undefined {
  return /^\d+$/u.test(numeral) ? Number(numeral) : lexicon.qualificationCount.numerals.get(numeral);
}
