import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { Subject } from "../rules/rules-engine.js";
import { readMentionRole, type MentionSpan } from "./mention-roles.js";
import { isChangedFromSubject, isFormerSubject, isOwnSubject } from "./subject-ownership.js";
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
  text: MatchableText,
  lexicon: Lexicon,
  context: SubjectContext,
): { subject: Subject | null; saidOfAsker: string[] } {
  const found = new Set<Subject>();
  const saidOfAsker: string[] = [];
  const subjectSpans = subjectMatches.map(({ span }) => span);
  for (const { match, span } of subjectMatches) {
    const target = match.targets[0];
    if (!target || target.subject === null) continue;
    const { role } = readMentionRole(span, allSpans, text, lexicon, true);
    // "不是个人,是公司", "原来是个人认证", "个人小程序升级为企业": what the asker says it is not, or no longer.
    if (role === "negated" || isFormerSubject(span, text, lexicon) || isChangedFromSubject(span, subjectSpans, text, lexicon)) {
      saidOfAsker.push(match.term);
      continue;
    }
    // "如果是个人主体呢" asks about the subject; a negated, excluded or someone else's one does not count.
    if (role !== "held" && role !== "hypothetical") continue;
    if (!isOwnSubject(span, target.explicit, text, lexicon, context.categoryHeldBefore(span))) continue;
    found.add(target.subject);
    saidOfAsker.push(match.term);
  }
  // A personally certified mini program cannot stream whatever else is said; government comes next.
  const subject = found.has("personal") ? "personal" : found.has("government") ? "government" : found.has("enterprise") ? "enterprise" : null;
  return { subject, saidOfAsker };
}
