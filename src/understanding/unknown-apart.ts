import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { asksSomething } from "./asks-something.js";
import { clausePunctuation, matchable } from "./clauses.js";
import { spanInScript } from "./cross-script.js";
import type { MentionSpan } from "./mention-roles.js";
import { numberedItemStarts } from "./numbered-items.js";

/**
 * "1.新三板信息服务平台能直播吗 2.数字藏品可以吗": words the document and the bot do not know (`unknownWords`), asked in a
 * numbered item of their own that names nothing the bot reads — a question beside the others the answer must not drop.
 * Not words of a clause that asks nothing ("3. 上次审核驳回原因是…", "4. 老板说…"): background, not a question.
 */
export function unknownAskedApart(text: MatchableText, unknownWords: readonly string[], mentionSpans: readonly MentionSpan[], lexicon: Lexicon): string[] {
  if (unknownWords.length === 0) return [];
  const starts = numberedItemStarts(text);
  if (starts.length === 0) return [];
  const ends = [...starts.slice(1), text.lower.length];
  const items = starts.map((start, index) => ({ start, end: ends[index]! }));
  const named = mentionSpans.flatMap((span) => {
    const at = spanInScript(span, "en", text);
    return at === null ? [] : [at];
  });
  const bare = items.filter((item) => !named.some((span) => span.start < item.end && span.end > item.start));
  // Each item's unknown words as the item writes them, those standing side by side joined ("数字" and "藏品": 数字藏品).
  return bare.flatMap((item) => {
    const words = text.lower.slice(item.start, item.end);
    const found = unknownWords
      .map((word) => ({ start: words.indexOf(word.toLowerCase()), word }))
      .filter(({ start }) => start !== -1)
      .map(({ start, word }) => ({ start, end: start + word.length }))
      .sort((a, b) => a.start - b.start);
    const runs: Array<{ start: number; end: number }> = [];
    for (const word of found) {
      const last = runs.at(-1);
      if (last !== undefined && word.start <= last.end) last.end = Math.max(last.end, word.end);
      else runs.push({ ...word });
    }
    // Only words of a clause that asks ("2.数字藏品可以吗"), not of one that tells ("4. 老板说…换供应商(指我们)" before the
    // question after the list). A bracket ends a clause; a space does not (it may be a line break or a pause).
    const asks = (run: { start: number; end: number }) => {
      let start = run.start;
      while (start > 0 && !clausePunctuation.test(words[start - 1]!)) start -= 1;
      let end = run.end;
      while (end < words.length && !clausePunctuation.test(words[end]!)) end += 1;
      // The mark closing the clause is read with it: a question mark asks.
      return asksSomething(matchable(words.slice(start, end + 1), "zh"), [], lexicon);
    };
    return runs.filter(asks).map((run) => words.slice(run.start, run.end));
  });
}
