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
  // Only the name right after another can be owned by it: anything farther has that name in the gap. Found by one
  // sort, so a message of a thousand names is read in one pass instead of comparing every pair over their gaps.
  const order = spans
    .map((span, index) => ({ span, index }))
    .filter((entry): entry is { span: MentionSpan; index: number } => entry.span !== undefined)
    .sort((a, b) => (a.span.script === b.span.script ? a.span.start - b.span.start : a.span.script < b.span.script ? -1 : 1));
  let read: RoledMention[] | null = null;
  for (let place = 0; place + 1 < order.length; place += 1) {
    const owner = order[place]!;
    const owned = order[place + 1]!;
    if (owned.span.script !== owner.span.script || owned.span.start < owner.span.end) continue;
    if (owns(mentions[owner.index]!, owner.span, mentions[owned.index]!, owned.span, text, lexicon)) {
      read ??= [...mentions];
      read[owner.index] = { ...mentions[owner.index]!, role: "other-party", cue: null };
    }
  }
  return read ?? mentions;
}

/** Whether the held mention `owner` owns the held mention `owned` right after it. */
function owns(owner: RoledMention, span: MentionSpan, owned: RoledMention, next: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  if (owner.role !== "held" || owned.role !== "held") return false;
  const { ownerAfter, possessive } = lexicon.roles;
  const source = sourceOf(text, span.script);
  const gap = source.slice(span.end, next.start);
  const cue = ownerAfter.find(matchable(gap, span.script)).find((hit) => hit.start === 0);
  return cue ? possessive.fills(gap.slice(cue.end), span.script) || gap.slice(cue.end).trim() === "" : (gap.trim() === "" || possessive.fills(gap, span.script)) && ownerAfter.startsText(matchable(owned.term, span.script));
}
