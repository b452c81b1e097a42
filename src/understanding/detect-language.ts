import type { Language } from "./question-frame.js";
import { containsHan } from "../shared/han-script.js";
import type { MatchableText } from "../lexicon/cue-set.js";

// Global, for counting; containsHan (a non-global pattern) tests: test() on a global pattern moves its lastIndex.
const hanCharacter = /\p{Script=Han}/gu;
// A Latin word; a hyphenated name ("live-pusher", "e-commerce") is one.
const latinWordPattern = /[A-Za-z]{2,}(?:[-_][A-Za-z]+)*/g;

/** Latin words that are no tag names: hyphenated ones ("live-pusher") are written alike in either language. */
function plainLatinWords(text: string): number {
  return (text.match(latinWordPattern) ?? []).filter((word) => !/[-_]/.test(word)).length;
}

/**
 * English when Latin words carry the question; Chinese (the default) otherwise. `asksInChinese` (a question word of the
 * lexicon in a clause) lets a last Chinese clause that asks decide a message opened in English.
 */
export function detectLanguage(text: string, asksInChinese?: (clause: string) => boolean): Language {
  // A hyphenated name ("live-pusher", "e-commerce") is one word: a tag name alone does not make a question English.
  const words = text.match(latinWordPattern) ?? [];
  const latinWords = words.length;
  // "Scope?", "Why?": one plain English word and no Chinese is an English follow-up.
  if (latinWords === 1 && !/[-_]/.test(words[0]!) && !containsHan(text)) return "en";
  if (latinWords < 2) return "zh";
  if (!containsHan(text)) return "en";
  // Both scripts: the one the question opens with frames it ("What qualification does 股票信息服务平台 need?",
  // "请问 bank category 要几选一?"), unless the other carries far more of it. A tag name ("live-pusher 跟…")
  // opens nothing: it is written the same in either language; nor does markup ("</context>").
  const prose = text.replace(/<[^<>]*>/g, " ");
  const plainWords = plainLatinWords(prose);
  const opening = openingWord.exec(prose)?.[0] ?? "";
  const opensInLatin = opening !== "" && !containsHan(opening) && plainWords >= 3;
  // Counted only when it can decide: a Chinese question of 2,000 characters would otherwise make as many strings.
  const han = text.match(hanCharacter)?.length ?? 0;
  // "the other one 呢,它的适用范围是啥": a clause of Chinese alone asking last carries the question.
  if (opensInLatin && asksInChinese && asksLastInChinese(prose, asksInChinese)) return "zh";
  return opensInLatin ? (han > latinWords * 4 ? "zh" : "en") : latinWords * 2 >= han * 3 ? "en" : "zh";
}

// The first Chinese character or plain Latin word; tag names and other hyphenated words are stepped over.
const openingWord = /\p{Script=Han}|(?<![A-Za-z_-])[A-Za-z]{2,}(?![A-Za-z_-])/u;

// Clause marks: the last clause is what follows the last of them.
const clauseMark = /[,，;；:：。!！?？]/u;
// Fewer Chinese characters than this in a last clause is a name or a particle ("…直播带货?"), not a question of its own.
const chineseClauseLength = 4;

/**
 * Whether the last clause (after the last clause mark) is Chinese with no Latin word and asks (`asks`: a question word of
 * the lexicon): "…, 它的适用范围是啥" — not a name, a particle or thanks ("…, 在线视频课程", "…,谢谢你们").
 */
function asksLastInChinese(prose: string, asks: (clause: string) => boolean): boolean {
  const clauses = prose.split(clauseMark).map((clause) => clause.trim()).filter(Boolean);
  if (clauses.length < 2) return false;
  const last = clauses.at(-1)!;
  return !/[A-Za-z]{2,}/u.test(last) && (last.match(hanCharacter)?.length ?? 0) >= chineseClauseLength && asks(last);
}

/**
 * Whether a message's own words, its Chinese names aside, are too few to tell its language: "And 公立医疗机构?",
 * "公立医疗机构" (no Chinese besides a name, one Latin word at most). A Chinese name is written alike in either language's
 * question; such a message is answered in the conversation's language.
 */
export function ownLanguageUndecided(text: MatchableText, names: ReadonlyArray<{ readonly script: "zh" | "en"; readonly start: number; readonly end: number }>): boolean {
  // A Chinese name is what is written alike; an English one is English ("bank qualifications?"). Its Han characters are
  // counted, not its length: "学历教育(学校)" holds two brackets, which would let 那…呢 around it pass for the name's.
  const { compact, lower } = text;
  let nameLength = 0;
  for (const name of names) if (name.script === "zh") nameLength += hanCount(compact, name.start, name.end);
  if (nameLength === 0) return false;
  // Chinese beyond the names' own characters: most questions show it within a few characters. Counted by code unit, not
  // by a pattern per character: this reads every question.
  let han = 0;
  for (let at = 0; at < compact.length; at += 1) if (isUnifiedHan(compact.charCodeAt(at)) && ++han > nameLength) return false;
  let latinWords = 0;
  for (const _ of lower.matchAll(latinWord)) if (++latinWords > 1) return false;
  return true;
}

const latinWord = /[a-z]{2,}(?:[-_][a-z]+)*/g;

/** CJK Unified Ideographs (U+4E00–U+9FFF): the Han characters both counts above read, by code unit. */
function isUnifiedHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

function hanCount(text: string, start: number, end: number): number {
  let count = 0;
  for (let at = start; at < end; at += 1) if (isUnifiedHan(text.charCodeAt(at))) count += 1;
  return count;
}

/** Whether the first letter, digit or Han character of the text is a Latin letter (read by code unit: every question). */
function opensInLatinLetter(text: string): boolean {
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
    if ((code >= 48 && code <= 57) || code >= 0x3400) return false;
  }
  return false;
}

/**
 * The text with its Chinese names taken out, when they are all its Chinese, it opens in Latin letters and two plain
 * Latin words or more are left ("What about 消费金融?" → "What about ?"); otherwise the text as it is (a name matched
 * across a space stays).
 */
export function withoutOnlyChineseNames(text: string, namesOf: () => readonly string[]): string {
  // Opened in Chinese ("电商平台 plugin or native?"), the opening still frames it. The names are read only then: most
  // questions open in Chinese.
  if (!opensInLatinLetter(text)) return text;
  const names = namesOf();
  if (names.length === 0) return text;
  let rest = text;
  for (const name of names) rest = rest.replace(name, " ");
  // Words enough to be a sentence of their own: "电商平台 FAQ", "银行 vs 信托?" stay Chinese questions.
  // Tag names ("live-pusher") are written alike too.
  return containsHan(rest) || plainLatinWords(rest) < 2 ? text : rest;
}

/**
 * The text without the English name it opens with, when what follows asks in Chinese ("private equity 能不能在小程序里
 * online 卖产品"): a name is written alike in either language's question, so the words after it say which language asks —
 * not "social-live 审核 how long", asked in English words. `namesOf`: the English names matched in the text, lower-case;
 * `asksInChinese`: whether a Chinese text asks something (a question word of the lexicon).
 */
export function withoutOpeningEnglishName(text: string, namesOf: () => readonly string[], asksInChinese: (text: string) => boolean): string {
  if (!opensInLatinLetter(text) || !containsHan(text)) return text;
  const trimmed = text.trimStart();
  const lower = trimmed.toLowerCase();
  const opening = namesOf()
    .filter((name) => lower.startsWith(name) && !/[a-z0-9]/u.test(lower[name.length] ?? ""))
    .sort((a, b) => b.length - a.length)[0];
  if (opening === undefined) return text;
  const rest = trimmed.slice(opening.length);
  return asksInChinese(rest) ? rest : text;
}

