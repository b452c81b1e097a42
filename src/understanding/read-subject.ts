import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { Subject } from "../rules/rules-engine.js";
import { readMentionRole, type MentionSpan } from "./mention-roles.js";
import { isChangedFromSubject, isFormerSubject, isOwnSubject, isSaidOfProgram } from "./subject-ownership.js";
import type { SubjectTarget } from "./question-vocabulary.js";
import type { TermMatch } from "./term-matcher.js";

/** What the question says of the categories around a subject word, which decides whose subject it is. */
export interface SubjectContext {
  /** A category the asker says it holds stands before the word: a bare 个人 after it is a customer. */
  readonly categoryHeldBefore: (span: MentionSpan) => boolean;
}

/**
 * The asker's own subject, and the subject words said of the asker (what it is, is not or no longer is), which
 * say whose the program is rather than what the question is about.
 */
export function readSubject(
  subjectMatches: ReadonlyArray<{ readonly match: TermMatch<SubjectTarget>; readonly span: MentionSpan }>,
  allSpans: readonly MentionSpan[],
  inCompact: readonly MentionSpan[],
  text: MatchableText,
  lexicon: Lexicon,
  context: SubjectContext,
): { subject: Subject | null; saidOfAsker: string[] } {
  const found = new Set<Subject>();
  const saidOfAsker: string[] = [];
  const subjectSpans = subjectMatches.map(({ span }) => span);
  const compactSubjectSpans = subjectSpans.map((span) => inCompact[allSpans.indexOf(span)] ?? span);
  for (const [index, { match, span }] of subjectMatches.entries()) {
    const target = match.targets[0];
    if (!target || target.subject === null) continue;
    let reading = readSubjectWord(span, allSpans, subjectSpans, target.explicit, text, lexicon, context);
    // "我们是 personal 主体", "主体是 government": an English word inside Chinese text is read by the Chinese around it.
    const shadow = compactSubjectSpans[index]!;
    if (reading === "other" && shadow !== span) reading = readSubjectWord(shadow, inCompact, compactSubjectSpans, target.explicit, text, lexicon, context);
    if (reading === "other") continue;
    if (reading === "own") found.add(target.subject);
    saidOfAsker.push(match.term);
  }
  // A personally certified mini program cannot stream whatever else is said; government comes next.
  const subject = found.has("personal") ? "personal" : found.has("government") ? "government" : found.has("enterprise") ? "enterprise" : null;
  return { subject, saidOfAsker };
}

/**
 * One subject word at `span` ("others" in the same coordinates): the asker's own subject, one it says it is not or
 * no longer is ("不是个人,是公司", "原来是个人认证", "个人小程序升级为企业"), or anything else.
 */
function readSubjectWord(
  span: MentionSpan,
  others: readonly MentionSpan[],
  subjectSpans: readonly MentionSpan[],
  explicit: boolean,
  text: MatchableText,
  lexicon: Lexicon,
  context: SubjectContext,
): "own" | "not-own" | "other" {
  const { role } = readMentionRole(span, others, text, lexicon, true);
  if (role === "negated" || isFormerSubject(span, text, lexicon) || isChangedFromSubject(span, subjectSpans, text, lexicon)) return "not-own";
  if (role !== "pending" && isSaidOfProgram(span, explicit, text, lexicon)) return "own";
  // "如果是个人主体呢" asks about the subject; a negated, excluded or someone else's one does not count.
  if (role !== "held" && role !== "hypothetical") return "other";
  return isOwnSubject(span, explicit, text, lexicon, context.categoryHeldBefore(span)) ? "own" : "other";
}
