import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, liesWithin, matchable, sourceOf } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";
import { compactForMatching } from "./normalize-question.js";
import type { RoledMention } from "./question-frame.js";
import type { CategoryMention } from "../rules/rules-engine.js";
import { none } from "../shared/none.js";

/** What a question asks to stream: words no name read, and whether a name (an alias or a scenario's word) stands there too. */
export interface StreamedContent {
  readonly words: readonly string[];
  readonly named: boolean;
}

const nothingStreamed: StreamedContent = { words: [], named: false };

/** A name read in the question: its place, the categories it names, and whether it is a scenario's word. */
export interface StreamedName extends MentionSpan {
  readonly ids: readonly string[];
  readonly scenario: boolean;
  /** A name the rules list as outside the document ("游戏", "电竞"): after the word of streaming, content. */
  readonly unlisted: boolean;
}

/**
 * "社交直播类目能播游戏吗", "在线视频课程类目可以直播钢琴课吗", "can we stream cooking classes under online video
 * courses?": a word of streaming (lexicon dialogue.streamingVerbs) with what is streamed after it in its clause — the
 * question's topic words that are no name read (returned as the question wrote them), or a name of a category named
 * before it ("社交直播类目,直播撸猫那种宠物直播": a scenario's word or an alias of it). What may be streamed under the
 * category is asked, which its scope and live-streaming scenario answer. Not the 直播 of a name ("社交直播能用原生吗"),
 * nor a stream with nothing after it ("能直播吗"), nor another category named there ("证券公司直播荐股": 荐股 is
 * 证券、期货投资咨询's name, a category asked of in its own right).
 */
export function streamedContentOf(text: MatchableText, names: readonly StreamedName[], topicWords: readonly string[], lexicon: Lexicon): StreamedContent {
  const categoryNames = names.filter((name) => !name.scenario && !name.unlisted);
  const unlistedNames = names.filter((name) => name.unlisted);
  const found = new Set<string>();
  let named = false;
  for (const hit of lexicon.dialogue.streamingVerbs.find(text)) {
    if (liesWithin(hit, categoryNames)) continue;
    const source = sourceOf(text, hit.script);
    if (lexicon.dialogue.streamingNounAfter.startsText(matchable(source.slice(hit.end).trimStart(), hit.script))) continue;
    const clause = clauseAround(source, hit, lexicon.roles.clauseBreaks, text);
    const before = new Set(names.filter((name) => name.end <= hit.start).flatMap((name) => name.ids));
    const inClause = (name: MentionSpan) => name.script === hit.script && name.start >= hit.end && name.end <= clause.end;
    named ||= names.some((name) => inClause(name) && name.ids.length > 0 && name.ids.every((id) => before.has(id)));
    // A word the segmenter ran into the verb ("播电竞" read 播电, 竞…) is found by the name itself.
    for (const name of unlistedNames) if (inClause(name)) found.add(source.slice(name.start, name.end));
    const after = source.slice(hit.end, clause.end);
    for (const word of topicWords) {
      const key = hit.script === "zh" ? compactForMatching(word) : word.toLowerCase();
      const at = key === "" ? -1 : after.indexOf(key);
      if (at < 0) continue;
      const start = hit.end + at;
      const overlaps = (span: MentionSpan) => span.script === hit.script && span.start < start + key.length && start < span.end;
      if (!categoryNames.some(overlaps) && !unlistedNames.some(overlaps)) found.add(word);
    }
  }
  return found.size === 0 && !named ? nothingStreamed : { words: [...found], named };
}

/** What a question's reading knows when it asks whether content may be streamed. */
export interface StreamedReading {
  readonly text: MatchableText;
  readonly matchSpans: readonly MentionSpan[];
  /** The roled mentions, one per match. */
  readonly consistent: readonly RoledMention[];
  readonly mentions: readonly CategoryMention[];
  readonly unlisted: readonly string[];
  readonly topicWords: readonly string[];
}

/**
 * The question's streamed content (frame › streamedContent, streamsContent), and its unlisted names without those that
 * are content under a category held ("社交直播类目能播游戏吗" names no 游戏 category). Read without a category too: a
 * follow-up ("能播游戏吗" after 社交-直播) asks it of the topic's (track-dialogue.ts), and keeps its unlisted names.
 */
export function readStreamedContent(reading: StreamedReading, lexicon: Lexicon): { readonly words: readonly string[]; readonly asked: boolean; readonly unlisted: readonly string[] } {
  const { text, matchSpans, consistent, mentions, unlisted, topicWords } = reading;
  // Spelled out, not `{ ...span }`: a spread copy takes a map of its own.
  const names: readonly StreamedName[] =
    consistent.length === matchSpans.length
      ? matchSpans.map((span, index) => ({ script: span.script, start: span.start, end: span.end, ids: consistent[index]!.candidates, scenario: consistent[index]!.scenario, unlisted: consistent[index]!.unlisted !== null }))
      : none;
  const streamed = streamedContentOf(text, names, topicWords, lexicon);
  const holdsCategory = mentions.some((mention) => mention.candidates.length === 1);
  if (streamed.words.length === 0 || !holdsCategory) return { words: streamed.words, asked: streamed.words.length > 0 || streamed.named, unlisted };
  return { words: streamed.words, asked: true, unlisted: unlisted.filter((name) => !unlistedAsContent(name, consistent, streamed.words)) };
}

/** The mentions of names the rules list as outside the document that a streamed word holds — a word of it is enough: "体育" of 体育比赛, "游戏" of 打游戏. */
export function unlistedTermsIn(word: string, roled: readonly RoledMention[]): RoledMention[] {
  const compact = compactForMatching(word);
  return roled.filter((mention) => mention.unlisted !== null && compact.includes(compactForMatching(mention.term)));
}

/** Whether an unlisted name the question said is what it asks to stream ("能播游戏吗"), not a category said beside. */
export function unlistedAsContent(name: string, roled: readonly RoledMention[], words: readonly string[]): boolean {
  return words.some((word) => unlistedTermsIn(word, roled).some((mention) => mention.unlisted === name));
}
