import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { matchable, onlyBetween, sourceOf } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";

/**
 * Whether a mention names what the asker means to stream rather than a category it holds: an intent word right before
 * it, fillers at most between ("我们是电商平台,想做个宠物直播", "we plan to run pet live streams"). Such a mention is
 * read like a scenario word (lexicon › roles.intendedActivity): a category named outright decides the verdict, and
 * the intended one is pointed to by its scenario — holding 电商平台 and wanting pet streams does not hold 社交-直播.
 *
 * Once the asker has named a category it holds (`afterHeld`), a bare verb of doing says the same of a name of
 * streaming ("我们是电商平台,做宠物直播可以吗", roles.activityVerbs) — unless the verb follows a copula or the name is
 * followed by 的, which say what the asker is ("我们是做社交直播的").
 */
export function namesIntendedActivity(span: MentionSpan, text: MatchableText, lexicon: Lexicon, afterHeld: boolean): boolean {
  const source = sourceOf(text, span.script);
  const { roles } = lexicon;
  const intent = roles.intendedActivity
    .find(text)
    .some((hit) => onlyBetween(roles.activityFillers, hit, span, text));
  if (intent) return true;
  if (!afterHeld) return false;
  const verbStart = activityVerbBefore(span, source, lexicon);
  if (verbStart === null || roles.copula.endsText(matchable(source.slice(0, verbStart), span.script))) return false;
  const after = matchable(source.slice(span.end), span.script);
  // "也开社交直播了", "另外开社交直播类目": a category opened, not a stream run.
  if (roles.possessive.startsText(after) || lexicon.dialogue.categoryWords.startsText(after) || roles.activityDone.startsText(after)) return false;
  return lexicon.dialogue.liveStreaming.test(matchable(source.slice(span.start, span.end), span.script)) || lexicon.dialogue.liveStreaming.startsText(after);
}

// Fillers between a verb and the name are a few characters at most ("一场", "一些").
const fillerReach = 4;
// Longer than any activity verb ("开展").
const verbReach = 4;

/**
 * Where a plain activity verb (roles.activityVerbs) starts right before the mention, fillers at most between; null when
 * there is none. Read on the few characters before the mention: its one-character cues stay out of the question's scan.
 */
function activityVerbBefore(span: MentionSpan, source: string, lexicon: Lexicon): number | null {
  const { roles } = lexicon;
  for (let end = span.start; end >= Math.max(0, span.start - fillerReach); end -= 1) {
    if (!roles.activityFillers.fills(source.slice(end, span.start), span.script)) continue;
    const from = Math.max(0, end - verbReach);
    const piece = source.slice(from, end);
    const verb = roles.activityVerbs.find(matchable(piece, span.script)).find((hit) => hit.end === piece.length);
    if (verb) return from + verb.start;
  }
  return null;
}
