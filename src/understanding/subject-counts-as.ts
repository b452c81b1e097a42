import type { CueSet, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, liesInsideLonger, matchable, questionMark, sourceOf, trailingMarks } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";

/**
 * Whether the question asks if the program counts as the subject the word names: a counts-as word right before it (an
 * article or clause opener at most between), not inside a longer word (打算, 就算), in a clause that asks.
 */
export function countsAsAsked(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const { subjectCountsAs, subjectIsBefore, subjectAskedBefore, subjectAskedAfter, subjectAskedWithMark, clauseOpeners } = lexicon.roles;
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  const before = source.slice(clause.start, span.start);
  // What closes the clause after the word: nothing, or particles that ask or seek confirmation ("…吗", "…吧").
  const after = source.slice(span.end, clause.end).replace(trailingMarks, "");
  const closedByParticle =
    after !== "" && (subjectAskedAfter.fills(after, span.script) || (subjectAskedWithMark.fills(after, span.script) && questionMark.test(source.slice(span.end, clause.end + 1))));
  const standsRightBefore = (cues: CueSet) => cues.find(matchable(before, span.script)).some((cue) => clauseOpeners.fills(before.slice(cue.end), span.script));
  // "公立医院是政府主体吗", "我们属于政府主体吧", "我们是不是政府主体": whether the program is the subject is all the clause asks.
  if ((closedByParticle || (after === "" && standsRightBefore(subjectAskedBefore))) && (standsRightBefore(subjectIsBefore) || standsRightBefore(subjectAskedBefore))) return true;
  if (span.script === "en" && askedByInversion(before, source.slice(span.end), lexicon)) return true;
  // Read with the question's scan first: most questions have no counts-as word at all.
  if (!subjectCountsAs.test(text)) return false;
  const cues = subjectCountsAs.find(matchable(before, span.script));
  if (cues.length === 0) return false;
  // "按政府主体认证的小程序": how the program is registered, said.
  if (lexicon.roles.registeredAfter.startsText(matchable(source.slice(span.end).trimStart(), span.script))) return false;
  const longer = lexicon.roles.subjectCountsAsNot.find(matchable(before, span.script));
  const counts = cues.some((cue) => !liesInsideLonger(cue, longer) && clauseOpeners.fills(before.slice(cue.end), span.script));
  if (!counts) return false;
  // The clause, or the message right after it, asks ("…吗", "…吧?", "…?", "能不能当成政府主体…"), or the word is closed by
  // a guess to confirm ("应该算政府主体吧").
  const rest = source.slice(clause.start, Math.min(source.length, clause.end + 1));
  return closedByParticle || questionMark.test(rest) || lexicon.dialogue.asking.test(matchable(rest, span.script)) || lexicon.dialogue.questionEndings.endsText(matchable(rest.replace(trailingMarks, ""), span.script));
}

const closedByQuestionMark = /^\s*[?？]/u;

// At most this many words between an inverted question's opening and the article before the subject word.
const invertedSubjectWords = 4;

/**
 * "Is a public hospital a government body?", "Are we a government subject?": the clause opens with a copula, a few words
 * name what is asked about, an article stands right before the subject word, and a question mark follows.
 */
function askedByInversion(clauseBefore: string, after: string, lexicon: Lexicon): boolean {
  const { subjectAskedOpeners, subjectArticleBefore } = lexicon.roles;
  const before = clauseBefore.trimStart();
  // The word closes the question ("…a government body?"): not "is there any way for an individual-certified mini program
  // to livestream?", which asks something else of it.
  if (!closedByQuestionMark.test(after)) return false;
  const opening = subjectAskedOpeners.find(matchable(before, "en")).find((hit) => hit.start === 0);
  const article = subjectArticleBefore.find(matchable(before, "en")).filter((hit) => before.slice(hit.end).trim() === "");
  if (!opening || article.length === 0) return false;
  const between = before.slice(opening.end, Math.min(...article.map((hit) => hit.start))).trim();
  return between !== "" && between.split(/\s+/u).length <= invertedSubjectWords;
}
