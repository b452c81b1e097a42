import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { sourceOf } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";

/**
 * Whether a mention names what the asker means to stream rather than a category it holds: an intent word right before
 * it, fillers at most between ("我们是电商平台,想做个宠物直播", "we plan to run pet live streams"). Such a mention is
 * read like a scenario word (lexicon › roles.intendedActivity): a category named outright decides the verdict, and
 * the intended one is pointed to by its scenario — holding 电商平台 and wanting pet streams does not hold 社交-直播.
 */
export function namesIntendedActivity(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  return lexicon.roles.intendedActivity
    .find(text)
    .some((hit) => hit.script === span.script && hit.end <= span.start && lexicon.roles.activityFillers.fills(source.slice(hit.end, span.start), span.script));
}
