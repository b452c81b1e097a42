import type { CueSet, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { matchable, sourceOf } from "./clauses.js";

// The shape of a message as a whole: how short it is, whether it is only a request, how it opens.

// What a short question may end or pause with besides its words.
const shortQuestionPunctuation = new Set([..."!?。.,,~～!?"].map((character) => character.charCodeAt(0)));

/**
 * Whether the text has at most `limit` code points besides punctuation; stops counting past the limit (a long
 * question costs no more). By code unit, not `for…of`: the string iterator is slow until V8 optimises the caller.
 */
export function hasAtMostCharacters(text: string, limit: number): boolean {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (shortQuestionPunctuation.has(code)) continue;
    // The second half of a surrogate pair belongs to the code point counted at the first.
    if (code >= 0xdc00 && code <= 0xdfff && index > 0 && isHighSurrogate(text.charCodeAt(index - 1))) continue;
    count += 1;
    if (count > limit) return false;
  }
  return true;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

// Module-level: the bundler turns a \p{…} literal into a RegExp constructed on every call.
const punctuationAndSymbols = /[\p{P}\p{S}]+/gu;
// The same but an apostrophe between letters, which stands inside English words ("didn't get that"); one quoting a
// word ("'English'") goes.
const punctuationBesidesApostrophes = /(?:(?!(?<=[a-z])'(?=[a-z]))[\p{P}\p{S}])+/giu;

/**
 * "ok, and how many qualifications?", "好的,那审核呢": a follow-up opened after an acknowledgement of the last answer (the
 * lexicon's thanks words) is one as much as without it.
 */
export function followUpAfterAcknowledgement(text: MatchableText, language: "zh" | "en", lexicon: Lexicon): boolean {
  const { thanks, followUp } = lexicon.dialogue;
  // Most questions open with no acknowledgement: nothing to read.
  if (!thanks.test(text)) return false;
  const source = language === "zh" ? text.compact : text.lower;
  const end = source.search(/[,,。.!!;;]/u);
  if (end > 0 && thanks.fills(source.slice(0, end), language)) return followUp.startsText(matchable(source.slice(end + 1).trimStart(), language));
  // "ok and our insurance subsidiary?", "好的那保险呢": no mark between, the acknowledgement ends where a follow-up word
  // starts.
  for (let at = 1; at <= Math.min(source.length - 1, acknowledgementReach); at += 1) {
    const opening = source.slice(0, at).trim();
    if (opening !== "" && thanks.fills(opening, language) && followUp.startsText(matchable(source.slice(at).trimStart(), language))) return true;
  }
  return false;
}

// Longer than any acknowledgement said before a follow-up ("好的好的", "ok thanks").
const acknowledgementReach = 12;

/** Longer than any whole-message request ("in english please!!", "I don't understand, could you explain it again?"). */
const wholeRequestLength = 64;

/**
 * Whether a message is, punctuation and symbols aside, only words of `cues` ("讲英文吧!", "English please?"), and of
 * the `companions`' when given ("能再解释一下吗": particles and softeners).
 */
export function isWholeMessage(cues: CueSet, normalized: { readonly compact: string; readonly lower: string }, companions: readonly CueSet[] = []): boolean {
  // Such a request is a few words: a longer message is not read character by character for it.
  if (normalized.lower.length > wholeRequestLength || !cues.test(normalized)) return false;
  const bare = (text: string) => text.replace(punctuationBesidesApostrophes, " ").trim();
  const compact = bare(normalized.compact);
  const lower = bare(normalized.lower);
  return (compact !== "" && cues.fills(compact, "zh", companions)) || (lower !== "" && cues.fills(lower, "en", companions));
}

// Between clauses of a message: a request said in a clause of its own ends or starts there.
const clauseMarks = /[,,;;。.!!??]+/u;

/**
 * Whether one clause of a message of several is wholly such a request ("回到刚才那个职业培训,英文说一下": 英文说一下 is one
 * of its own, asked of what the rest of the message points at).
 */
export function isWholeClause(cues: CueSet, text: MatchableText, companions: readonly CueSet[] = []): boolean {
  if (!cues.test(text)) return false;
  const clauses = text.lower.split(clauseMarks).map((clause) => clause.trim()).filter(Boolean);
  if (clauses.length < 2) return false;
  return clauses.some((clause) => isWholeMessage(cues, { compact: clause.replace(/\s+/gu, ""), lower: clause }, companions));
}

/** Whether a message asks for the rest: all of a few words, or opening it after a follow-up word at most ("那其他类目呢"). */
export function asksForRest(text: MatchableText, short: boolean, lexicon: Lexicon): boolean {
  const hits = lexicon.dialogue.restOfList.find(text);
  if (hits.length === 0) return false;
  if (short) return true;
  return hits.some((hit) => {
    const before = sourceOf(text, hit.script).slice(0, hit.start).replace(punctuationAndSymbols, " ");
    return before.trim() === "" || lexicon.dialogue.followUp.fills(before, hit.script);
  });
}

// Module-level: the bundler turns a \p{…} literal into a RegExp constructed on every call.
const loneLatinWordPattern = /^[\p{P}\s]*[a-z']+(?:\p{P}[a-z']+)*[\p{P}\s]*$/u;

/**
 * Whether the message (lower-cased) is one Latin word, marks around it at most ("why?", "qwerty", "asdfjkl;"); a
 * token of letters with marks inside and no space is one too ("tl;dr", "e.g.").
 */
export function isLoneLatinWord(lower: string): boolean {
  return loneLatinWordPattern.test(lower);
}
