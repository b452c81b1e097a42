import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { matchable, sourceOf } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";
import type { RoledMention } from "./question-frame.js";

/**
 * "公立大学附设的医院", "集团旗下的银行": a name right before another one, only an owner word (lexicon ownerAfter) and 的
 * between — or the second name opening with one ("大学附属医院") — owns it. What the asker holds is the name owned; the
 * owner is another party's. `spans` are the mentions' spans, index for index. The mentions as they were when no name
 * owns another (most questions name one).
 */
export function withOwnersSetAside(mentions: RoledMention[], spans: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon): RoledMention[] {
  if (mentions.length < 2) return mentions;
  let read: RoledMention[] | null = null;
  for (let index = 0; index < mentions.length; index += 1) {
    if (ownsNext(index, mentions, spans, text, lexicon)) {
      read ??= [...mentions];
      read[index] = { ...mentions[index]!, role: "other-party", cue: null };
    }
  }
  return read ?? mentions;
}

/** Whether the held mention at `index` owns a held mention after it. */
function ownsNext(index: number, mentions: readonly RoledMention[], spans: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon): boolean {
  const span = spans[index];
  if (mentions[index]!.role !== "held" || span === undefined) return false;
  const { ownerAfter, possessive } = lexicon.roles;
  const source = sourceOf(text, span.script);
  for (let at = 0; at < mentions.length; at += 1) {
    const other = mentions[at]!;
    const next = spans[at];
    if (at === index || other.role !== "held" || next === undefined || next.script !== span.script || next.start < span.end) continue;
    const gap = source.slice(span.end, next.start);
    const cue = ownerAfter.find(matchable(gap, span.script)).find((hit) => hit.start === 0);
    if (cue ? possessive.fills(gap.slice(cue.end), span.script) || gap.slice(cue.end).trim() === "" : (gap.trim() === "" || possessive.fills(gap, span.script)) && ownerAfter.startsText(matchable(other.term, span.script))) return true;
  }
  return false;
}
