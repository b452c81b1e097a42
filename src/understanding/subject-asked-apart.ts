import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, matchable, sourceOf } from "./clauses.js";
import { spanInScript } from "./cross-script.js";
import type { MentionSpan } from "./mention-roles.js";
import { compactForMatching } from "./normalize-question.js";
import { itemSpan, numberedItemStarts } from "./numbered-items.js";

const questionMark = /[?？]/u;

/**
 * "银行能直播吗?个人主体呢?", "1、电商平台能直播不 2、政府主体的呢", "Can banks stream? What about a personal account?": a
 * subject asked about in a clause (or numbered item) of its own, after one naming categories — a second question, which
 * the categories' own answer must not give way to. Not a subject the asker says it is ("…,我们是个人主体"), nor one in
 * the categories' clause ("个人主体的电商平台能直播吗").
 */
export function asksSubjectApart(subjectSpans: readonly MentionSpan[], categorySpans: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon): boolean {
  const starts = numberedItemStarts(text);
  return subjectSpans.some((subject) => {
    // Numbered items are found in the lower-case text: every span is read there.
    const script = starts.length > 0 ? "en" : subject.script;
    const at = starts.length > 0 ? spanInScript(subject, "en", text) : subject;
    if (at === null) return false;
    const source = sourceOf(text, script);
    const piece = starts.length > 0 ? itemSpan(starts, at.start, source.length) : clauseAround(source, at, lexicon.roles.clauseBreaks, text);
    const others = categorySpans.flatMap((span) => (span.script === script ? [span] : starts.length > 0 ? [spanInScript(span, "en", text)].filter((found) => found !== null) : []));
    if (others.some((span) => span.end > piece.start && span.start < piece.end)) return false;
    if (!others.some((span) => span.end <= piece.start)) return false;
    const words = source.slice(piece.start, piece.end);
    // An item of the lower-case text may be of either script.
    const own = starts.length > 0 ? { compact: compactForMatching(words), lower: words } : matchable(words, script);
    // Asked with a word, or only with a question mark ("And a personal one?").
    const asks = lexicon.dialogue.followUpEndings.test(own) || lexicon.dialogue.asking.test(own) || questionMark.test(source.slice(piece.end, piece.end + 1));
    return asks && !lexicon.roles.askerOpeners.test(own);
  });
}
