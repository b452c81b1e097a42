import type { CueHit, CueSet, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, matchable, sourceOf } from "./clauses.js";
import { containsHan } from "../shared/han-script.js";

// Module-level: the bundler turns a \p{…} literal into a RegExp constructed on every call.
const wordCharacter = /[\p{L}\p{N}]/u;
// A semicolon ends a sentence here too: "The SDK integration is finished; can …" tells, then asks.
const ends = /[。!?!?.;；]/u;

/**
 * Whether the hit stands in a sentence that asks nothing, with a sentence after it that asks: background to the question
 * ("之前在视频号播过,…。现在小程序是…类目,该用哪种?"), not "我想了解一下视频号直播的收费标准。谢谢!".
 */
export function toldBeforeTheQuestion(hit: CueHit, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, hit.script);
  const sentence = sentenceAround(source, hit);
  // What a sentence names of what the document answers ("资质", "stream") asks only after the background: told in it,
  // it is part of the story ("抖音那边的资质我们都有。", "We used to stream on Douyin.").
  // A Latin word inside Chinese ("ICP备案已经搞定了,…") is told or asked in the Chinese around it: both scripts' words read.
  const scripts: ReadonlyArray<"zh" | "en"> = hit.script === "en" && containsHan(source) ? ["en", "zh"] : [hit.script];
  const holds = (set: CueSet, from: number, to: number) =>
    scripts.length === 1 ? set.find(text).some((cue) => cue.script === hit.script && cue.start >= from && cue.end <= to) : scripts.some((script) => set.test(matchable(source.slice(from, to), script)));
  const asks = (from: number, to: number, cues: readonly CueSet[]) =>
    source.slice(from, to + 1).includes("?") ||
    lexicon.dialogue.requests.startsText(matchable(source.slice(from, to).trimStart(), hit.script)) ||
    cues.some((set) => holds(set, from, to));
  if (!wordCharacter.test(source.slice(sentence.end + 1)) || asks(sentence.start, sentence.end, [lexicon.dialogue.asking])) {
    // "我们之前一直在抖音直播,现在小程序是银行类目,能用live-pusher吗": a clause that tells what was or is besides
    // (lexicon dialogue backgroundMarkers) and asks nothing, before one that asks, is background too.
    const clause = clauseAround(source, hit, lexicon.roles.clauseBreaks, text);
    if (asks(clause.start, clause.end, [lexicon.dialogue.asking])) return false;
    const clauseText = source.slice(clause.start, clause.end);
    if (!scripts.some((script) => lexicon.dialogue.backgroundMarkers.test(matchable(clauseText, script)))) return false;
    return asks(clause.end + 1, source.length, [lexicon.dialogue.asking, ...lexicon.aspects.values()]);
  }
  // "Our developer wants to sell apartments in the stream. OK?": a tag question after the sentence asks about it.
  if (lexicon.dialogue.tagQuestions.fills(source.slice(sentence.end + 1).replace(/[\p{P}\s]+/gu, " "), hit.script, [lexicon.dialogue.approvalTags])) return false;
  return asks(sentence.end + 1, source.length, [lexicon.dialogue.asking, ...lexicon.aspects.values()]);
}

/** The sentence (up to 。!?;) a cue stands in. */
export function sentenceAround(source: string, hit: CueHit): { script: "zh" | "en"; start: number; end: number } {
  let start = hit.start;
  while (start > 0 && !ends.test(source[start - 1]!)) start -= 1;
  let end = hit.end;
  while (end < source.length && !ends.test(source[end]!)) end += 1;
  return { script: hit.script, start, end };
}
