import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { mapList } from "../shared/map-list.js";
import { matchable, sourceOf } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";
import type { RoledMention } from "./question-frame.js";

/**
 * "公立大学附设的医院", "集团旗下的银行": a name right before another one, only an owner word (lexicon ownerAfter) and 的
 * between — or the second name opening with one ("大学附属医院") — owns it. What the asker holds is the name owned; the
 * owner is another party's. `spans` are the mentions' spans, index for index.
 */
export function withOwnersSetAside(mentions: readonly RoledMention[], spans: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon): RoledMention[] {
  const { ownerAfter, possessive } = lexicon.roles;
  return mapList(mentions, (mention, index) => {
    const span = spans[index];
    if (mention.role !== "held" || span === undefined) return mention;
    const source = sourceOf(text, span.script);
    const owner = mentions
      .map((other, at) => ({ other, next: spans[at] }))
      .find(({ other, next }) => {
        if (other === mention || other.role !== "held" || next === undefined || next.script !== span.script || next.start < span.end) return false;
        const gap = source.slice(span.end, next.start);
        const cue = ownerAfter.find(matchable(gap, span.script)).find((hit) => hit.start === 0);
        if (cue) return possessive.fills(gap.slice(cue.end), span.script) || gap.slice(cue.end).trim() === "";
        return (gap.trim() === "" || possessive.fills(gap, span.script)) && ownerAfter.startsText(matchable(other.term, span.script));
      });
    return owner ? { ...mention, role: "other-party" as const, cue: null } : mention;
  });
}
