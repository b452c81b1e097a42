import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { matchable, sourceOf } from "./clauses.js";
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
  const rightBefore = (cues: typeof roles.intendedActivity) =>
    cues.find(text).filter((hit) => hit.script === span.script && hit.end <= span.start && roles.activityFillers.fills(source.slice(hit.end, span.start), span.script));
  if (rightBefore(roles.intendedActivity).length > 0) return true;
  if (!afterHeld) return false;
  const verbs = rightBefore(roles.activityVerbs).filter((hit) => !roles.copula.endsText(matchable(source.slice(0, hit.start), span.script)));
  if (verbs.length === 0) return false;
  const after = matchable(source.slice(span.end), span.script);
  if (roles.possessive.startsText(after)) return false;
  return lexicon.dialogue.liveStreaming.test(matchable(source.slice(span.start, span.end), span.script)) || lexicon.dialogue.liveStreaming.startsText(after);
}
