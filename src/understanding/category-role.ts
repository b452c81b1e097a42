import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { readMentionRole, type MentionSpan, type RoleReading } from "./mention-roles.js";

/**
 * The role of the mention at `index`: what its clause says of it, and for an English name inside Chinese text, what
 * the Chinese around it says ("social live被拒了", "我们没有 social live", "要是有social live呢", "客户是 social live
 * 类目"). `inCompact` holds every mention's span where the Chinese cues are found (an English one where its compact
 * form aligns, else the span itself), so the other mentions stand where they do in that reading too.
 */
export function readCategoryRole(index: number, allSpans: readonly MentionSpan[], inCompact: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon): RoleReading {
  const span = allSpans[index]!;
  const own = readMentionRole(span, allSpans, text, lexicon);
  const shadow = inCompact[index]!;
  if (own.role !== "held" || shadow === span) return own;
  const aroundIt = readMentionRole(shadow, inCompact, text, lexicon);
  return aroundIt.role !== "held" ? aroundIt : own;
}
