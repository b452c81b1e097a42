import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, matchable, sourceOf } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";

/**
 * Whether the asker names the mention as its category ("类目是驾校培训", "our category is trust"): such a name settles
 * what a vague word elsewhere in the question left open ("做在线付费培训" could be 在线视频课程 or 培训机构).
 */
export function statedAsCategory(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  return lexicon.roles.categoryIs.endsText(matchable(source.slice(clause.start, span.start).trimEnd(), span.script));
}

/** Whether the mention is named as a category: "类目" right before or after it ("基金类目", "类目是基金"). */
export function namedAsCategory(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  return statedAsCategory(span, text, lexicon) || lexicon.dialogue.categoryWords.startsText(matchable(source.slice(span.end, clause.end).trimStart(), span.script));
}
