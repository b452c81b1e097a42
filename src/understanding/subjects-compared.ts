import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { Subject } from "../rules/rules-engine.js";
import { sourceOf } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";
import type { SubjectTarget } from "./question-vocabulary.js";
import type { TermMatch } from "./term-matcher.js";

/**
 * "个人主体和企业主体有什么区别", "个人和政府主体哪个能直播", "are personal and government programs treated the same?": two
 * or more of the document's subjects named to be weighed against each other, with no category — each is answered by its
 * own rule (or lack of one), not the first one's alone. Weighed: a word of weighing anywhere (lexicon
 * alternativeAnywhere: 区别, 一样吗, 都能…) or the subject words joined by joiners only. Not a subject whether a body
 * counts as is undecided (事业单位).
 */
export function subjectsCompared(
  subjectMatches: ReadonlyArray<TermMatch<SubjectTarget>>,
  spanOf: (match: TermMatch<SubjectTarget>) => MentionSpan,
  text: MatchableText,
  lexicon: Lexicon,
): Subject[] {
  const decided = subjectMatches.filter((match) => match.targets[0]?.subject && match.targets[0].undecided !== true);
  const subjects = [...new Set(decided.map((match) => match.targets[0]!.subject!))];
  if (subjects.length < 2) return [];
  if (lexicon.dialogue.alternativeAnywhere.test(text)) return subjects;
  const spans = decided.map(spanOf).sort((a, b) => a.start - b.start);
  const joined = spans.some((span, index) => {
    const next = spans[index + 1];
    return next !== undefined && next.script === span.script && next.start > span.end && lexicon.roles.joiners.fills(sourceOf(text, span.script).slice(span.end, next.start), span.script);
  });
  return joined ? subjects : [];
}
