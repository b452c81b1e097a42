import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, matchable, sourceOf } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";

/**
 * Whether a category is named in passing, after the asker has said which category it holds: something the asker
 * goes through or visits ("我们是电商平台,支付走银行", "带孩子参观公立医院"), or a client it works for ("给银行做员工
 * 培训"). Such a name is not a category the asker's program holds. Only after a category held earlier in the
 * question: "走银行类目能直播吗" asks about it.
 */
export function namedInPassing(span: MentionSpan, heldBefore: boolean, text: MatchableText, lexicon: Lexicon): boolean {
  if (!heldBefore) return false;
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  const before = source.slice(clause.start, span.start);
  // Right before it, joiners at most between: "走银行", "参观公立医院", "go through a bank".
  const rightBefore = (hit: { end: number }) => lexicon.roles.joiners.fills(before.slice(hit.end), span.script);
  if (lexicon.roles.passingBefore.find(matchable(before, span.script)).some(rightBefore)) return true;
  // "给银行做员工培训": a client word before it and work for the client right after it.
  const after = source.slice(span.end, clause.end);
  return lexicon.roles.clientBefore.find(matchable(before, span.script)).some(rightBefore) && lexicon.roles.clientAfter.startsText(matchable(after, span.script));
}

/**
 * Whether the asker, speaking of itself as one person, names where it studies or works: "我是大学生", "我是中学老师",
 * "I'm a bank teller". The category describes the person; the program is another matter ("…,我们公司做在线视频课程").
 */
export function namesAskersPlace(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  const before = source.slice(clause.start, span.start);
  const saysWhoItIs = lexicon.roles.personIs.find(matchable(before, span.script)).some((hit) => lexicon.roles.clauseOpeners.fills(before.slice(hit.end), span.script));
  return saysWhoItIs && lexicon.roles.personOfPlaceAfter.startsText(matchable(source.slice(span.end, clause.end).trimStart(), span.script));
}
