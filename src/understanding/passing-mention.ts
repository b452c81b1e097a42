import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, matchable, sourceOf } from "./clauses.js";
import { namesProgramAt } from "./subject-ownership.js";
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
  // Not the category itself ("也走社交直播类目", "同时走社交直播"): the asker holds it too.
  const itsCategory = lexicon.dialogue.categoryWords.startsText(matchable(source.slice(span.end, clause.end).trimStart(), span.script));
  const also = (hit: { start: number }) => lexicon.roles.alsoWords.endsText(matchable(before.slice(0, hit.start).trimEnd(), span.script));
  if (!itsCategory && lexicon.roles.passingBefore.find(matchable(before, span.script)).some((hit) => rightBefore(hit) && !also(hit))) return true;
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

/**
 * The program a client of the asker's owns, when the question says the asker builds it for them: "我们给街道办做小程序",
 * "给一家银行做的小程序", "帮客户开发了个小程序". Where the client stands (between the client word and the work), or null.
 */
export function clientsProgram(text: MatchableText, lexicon: Lexicon): { script: "zh" | "en"; start: number; end: number } | null {
  const inOtherWords = lexicon.roles.notClientBefore.find(text);
  for (const client of lexicon.roles.clientBefore.find(text)) {
    if (inOtherWords.some((word) => word.script === client.script && word.start <= client.start && client.end <= word.end)) continue;
    const source = sourceOf(text, client.script);
    const clause = clauseAround(source, client, lexicon.roles.clauseBreaks, text);
    for (const work of lexicon.roles.buildsFor.find(text)) {
      if (work.script !== client.script || work.start <= client.end || work.end > clause.end || work.start - client.end > 12) continue;
      const made = lexicon.roles.madeCount.find(matchable(source.slice(work.end), client.script)).find((hit) => hit.start === 0);
      const rest = made ? source.slice(work.end + made.end) : source.slice(work.end);
      if (namesProgramAt(rest, client.script, lexicon)) return { script: client.script, start: client.end, end: work.start };
    }
  }
  return null;
}

/** Whether a third party owns the category named: "朋友的互联网医院", "我朋友说他的互联网医院小程序" (…的 right before it). */
export function ownedByAnother(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  const before = matchable(source.slice(clause.start, span.start), span.script);
  return lexicon.roles.theirPossessive.endsText(before) && !lexicon.roles.notTheirs.endsText(before);
}

/** Whether the asker says in the mention's clause, before it, what it is or that it is its own ("我们是教育平台类目", "我们自己这个是…"). */
export function saysItsOwn(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  const before = (hit: { script: string; start: number; end: number }) => hit.script === span.script && hit.start >= clause.start && hit.end <= span.start;
  return lexicon.roles.identity.find(text).some(before) || lexicon.roles.ownProgramPointers.find(text).some(before);
}
