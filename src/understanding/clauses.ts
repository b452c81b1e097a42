import type { CueHit, CueSet, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { MentionSpan } from "./mention-roles.js";

// Punctuation ends a clause in either script; words that do are in the lexicon (roles.clauseBreaks).
/** Punctuation and spaces opening a text, to step over before its first word. */
export const leadingMarks = /^[\p{P}\s]+/u;
/** Punctuation and spaces closing a text, to leave off after its last word. */
export const trailingMarks = /[\p{P}\s]+$/u;

export const clausePunctuation = /[,。.;;!!??::\n()()【】]/u;
/** A question mark, half- or full-width. */
export const questionMark = /[??]/u;

/** The clause a span stands in: between punctuation, break words and spaces between Chinese sentences. */
export function clauseAround(source: string, span: MentionSpan, breaks: CueSet, text: MatchableText): { start: number; end: number } {
  const marks = punctuationIn(source, span.script);
  // The last mark before the span and the first at or after its end (binary search: marks are in order).
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (marks[middle]! < span.start) low = middle + 1;
    else high = middle;
  }
  let start = low > 0 ? marks[low - 1]! + 1 : 0;
  let after = low;
  while (after < marks.length && marks[after]! < span.end) after += 1;
  let end = after < marks.length ? marks[after]! : source.length;
  for (const hit of breaks.find(text)) {
    if (hit.script !== span.script) continue;
    if (hit.end <= span.start && hit.end > start) start = hit.end;
    if (hit.start >= span.end && hit.start < end) end = hit.start;
  }
  // A space between Chinese characters ends a clause too, unless it stands inside the mention ("社交 直播").
  if (span.script === "zh") {
    for (const at of text.softBreaks ?? []) {
      if (at <= span.start && at > start) start = at;
      if (at >= span.end && at < end) end = at;
    }
  }
  return { start, end };
}

/**
 * Where punctuation stands in a text, kept for the last text of each script asked about: one question's mentions each
 * ask for their clause, and scanning the text again per mention made a long message of many names cost its length
 * squared.
 */
const punctuationOf: Record<"zh" | "en", { source: string; marks: readonly number[] } | null> = { zh: null, en: null };

function punctuationIn(source: string, script: "zh" | "en"): readonly number[] {
  const kept = punctuationOf[script];
  if (kept?.source === source) return kept.marks;
  const marks: number[] = [];
  for (let index = 0; index < source.length; index += 1) {
    if (!clausePunctuation.test(source[index]!)) continue;
    // "客户(个人主体)的小程序", "某市融媒体中心(政府主体)": a gloss in brackets right after a word is part of its clause.
    const glossEnd = glossClosedAt(source, index);
    if (glossEnd >= 0) index = glossEnd;
    else marks.push(index);
  }
  punctuationOf[script] = { source, marks };
  return marks;
}

const glossOpening = /[((]/u;
const glossClosing = /[))]/u;
// Long enough for an English gloss ("(a city government office)").
const glossLimit = 32;
const glossWordBefore = /[\p{L}\p{N}] ?$/u;

/**
 * Where the gloss opened at `index` closes: a bracket right after a letter or digit (a space at most between), closed
 * within a few characters with no other clause punctuation inside ("(政府主体)", "(学校)", "partner (a government
 * agency)"). -1 for any other mark.
 */
export function glossClosedAt(source: string, index: number): number {
  if (!glossOpening.test(source[index]!) || index === 0 || !glossWordBefore.test(source.slice(Math.max(0, index - 2), index))) return -1;
  for (let at = index + 1; at < source.length && at <= index + glossLimit; at += 1) {
    if (glossClosing.test(source[at]!)) return at > index + 1 ? at : -1;
    if (clausePunctuation.test(source[at]!)) return -1;
  }
  return -1;
}

/** Whether `span` stands inside a gloss opened right after `wordEnd` ("客户(某区政府)", "our partner (a government agency)"). */
export function glossesWordAt(source: string, wordEnd: number, span: { readonly start: number; readonly end: number }): boolean {
  const open = wordEnd + (source[wordEnd] === " " ? 1 : 0);
  if (open >= span.start) return false;
  const close = glossClosedAt(source, open);
  return close >= span.end;
}

/** The form of the question a script's spans index: Chinese spans the compact text, English ones the lower-case. */
export function sourceOf(text: MatchableText, script: "zh" | "en"): string {
  return script === "zh" ? text.compact : text.lower;
}

/** A piece of one script's text, in the form cues of that script are matched on. */
export function matchable(piece: string, script: "zh" | "en"): MatchableText {
  return script === "zh" ? { compact: piece, lower: "" } : { compact: "", lower: piece };
}

/** Whether the gap after a word for people opens with a question verb: they only ask ("家长问…", "客户问…"). */
export function onlyAsks(gap: string, script: "zh" | "en", lexicon: Lexicon): boolean {
  return lexicon.roles.speechAfter.startsText(matchable(gap.trimStart(), script));
}

/**
 * Whether a word for people only reports what is said ("我朋友说个人主体…就能播", "群友说电商平台也能用原生"): it stands in a
 * dispute's hearsay (lexicon pushback, `hearsay` its hits) and the gap to the mention does not turn to them ("朋友说他们…").
 */
export function onlyReports(hit: CueHit, hearsay: readonly CueHit[], gap: string, script: "zh" | "en", lexicon: Lexicon): boolean {
  return liesWithin(hit, hearsay) && !lexicon.roles.thirdPartyPointers.test(matchable(gap, script));
}

/** Whether a gap ends in a possessive ("面向个人用户的" before 银行): the mention is the head noun. */
export function endsWithPossessive(gap: string, script: "zh" | "en", lexicon: Lexicon): boolean {
  return lexicon.roles.possessive.find(matchable(gap, script)).some((hit) => hit.end === gap.length);
}

/**
 * Whether `to` stands after `from` in the same script with only `gap` cues (or nothing) between: a cue right before a
 * name ("要是选多方通信"), a need before a category word ("还得补哪些类目"), a fee word before what it describes.
 */
export function onlyBetween(
  gap: CueSet,
  from: { readonly script: "zh" | "en"; readonly end: number },
  to: { readonly script: "zh" | "en"; readonly start: number },
  text: MatchableText,
): boolean {
  return from.script === to.script && to.start >= from.end && gap.fills(sourceOf(text, from.script).slice(from.end, to.start), from.script);
}

// Longer than a describing phrase before a name ("有线下校区的" before 培训学校): a clause of its own.
const describingPhraseLength = 12;

/**
 * Whether a Chinese gap is a phrase describing the name after it — ending in 的, inside one clause: "换成有线下校区的培训学校"
 * switches to 培训学校 as surely as "换成培训学校".
 */
export function describesWhatFollows(gap: string, script: "zh" | "en", lexicon: Lexicon): boolean {
  const trimmed = gap.trim();
  return script === "zh" && trimmed.length > 0 && trimmed.length <= describingPhraseLength && !clausePunctuation.test(trimmed) && endsWithPossessive(trimmed, script, lexicon);
}

/** Whether a cue set has a hit in `script` starting at `from` or later ("…,现在能用吗" after a status word). */
export function hitAfter(cues: CueSet, text: MatchableText, script: "zh" | "en", from: number): boolean {
  return cues.find(text).some((hit) => hit.script === script && hit.start >= from);
}

/**
 * Whether the question asks about a time to come ("…,到时候能用原生吗") after `from`: a then-word that does not leave that
 * time for later ("到时候再说"), and no word for now after `from` ("…,现在能用吗").
 */
export function asksAboutThen(lexicon: Lexicon, text: MatchableText, script: "zh" | "en", from: number): boolean {
  if (hitAfter(lexicon.roles.nowWords, text, script, from)) return false;
  const source = sourceOf(text, script);
  return lexicon.roles.thenAsked
    .find(text)
    .some((then) => then.script === script && then.start >= from && !lexicon.roles.thenDeferred.startsText(matchable(source.slice(then.end), script)));
}

/** Whether one of the cue sets has a hit in the span's clause, before the span ("我们是…", "我们自己这个是…"). */
export function saidBeforeIn(span: MentionSpan, cueSets: readonly CueSet[], text: MatchableText, lexicon: Lexicon): boolean {
  const clause = clauseAround(sourceOf(text, span.script), span, lexicon.roles.clauseBreaks, text);
  return cueSets.some((cues) => cues.find(text).some((hit) => hit.script === span.script && hit.start >= clause.start && hit.end <= span.start));
}

/**
 * Whether a span lies within one of `words` of its script that is longer than it: a cue inside a status word ("审核" in
 * "还在审核中"), a category word inside a body's name ("教育" in "教育局").
 */
export function liesInsideLonger(span: { readonly script: "zh" | "en"; readonly start: number; readonly end: number }, words: ReadonlyArray<{ readonly script: "zh" | "en"; readonly start: number; readonly end: number }>): boolean {
  return words.some((word) => word.script === span.script && word.start <= span.start && span.end <= word.end && word.end - word.start > span.end - span.start);
}

/** Whether a span and one of `words` of its script overlap with neither holding the other ("卖宠物" and "宠物食品"). */
export function crossesAny(span: { readonly script: "zh" | "en"; readonly start: number; readonly end: number }, words: ReadonlyArray<{ readonly script: "zh" | "en"; readonly start: number; readonly end: number }>): boolean {
  return words.some((word) => word.script === span.script && word.start < span.end && span.start < word.end && (word.start < span.start ? word.end < span.end : word.start > span.start && word.end > span.end));
}

/** Whether a span lies within one of `words` of its script ("朋友" in "朋友圈", "没加" in "没加之前"). */
export function liesWithin(span: { readonly script: "zh" | "en"; readonly start: number; readonly end: number }, words: ReadonlyArray<{ readonly script: "zh" | "en"; readonly start: number; readonly end: number }>): boolean {
  return words.some((word) => word.script === span.script && word.start <= span.start && span.end <= word.end);
}

/**
 * Whether `word` stands in `source` (as whole words in English) within [from, to) somewhere no word of `negation` comes
 * before it in [since, …), only `joiners` between ("不是私立的", "we are not a private hospital" negate it).
 */
export function saidUnnegated(
  source: string,
  word: string,
  script: "zh" | "en",
  { negation, joiners }: { readonly negation: CueSet; readonly joiners: CueSet },
  { from = 0, to = source.length, since = 0 }: { readonly from?: number; readonly to?: number; readonly since?: number } = {},
): boolean {
  for (let at = source.indexOf(word, from); at !== -1 && at + word.length <= to; at = source.indexOf(word, at + 1)) {
    if (script === "en" && (letterOrDigit.test(source[at - 1] ?? "") || letterOrDigit.test(source[at + word.length] ?? ""))) continue;
    const before = source.slice(since, at);
    if (!negation.find(matchable(before, script)).some((hit) => hit.script === script && joiners.fills(before.slice(hit.end), script))) return true;
  }
  return false;
}

const letterOrDigit = /[a-z0-9]/u;

/**
 * Whether `hit` closes its clause as a question: nothing after it there but marks and `closers` ("电商平台这个类目能申请
 * 吗", "…类目哪个多呢", "…the right category for live?"). English keeps the spaces between its words.
 */
export function closesItsClause(hit: { readonly script: "zh" | "en"; readonly start: number; readonly end: number }, closers: CueSet, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, hit.script);
  const clause = clauseAround(source, hit, lexicon.roles.clauseBreaks, text);
  const rest = source.slice(hit.end, clause.end).replace(punctuationRun, " ").trim();
  return rest === "" || closers.fills(rest, hit.script);
}

// Module-level: the bundler turns a \p{…} literal into a RegExp constructed on every call.
const punctuationRun = /\p{P}+/gu;
