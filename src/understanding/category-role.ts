import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { askedChangeIntoCue, changedFromCue, renamedIntoCue } from "./change-reading.js";
import { compactSpanOf } from "./cross-script.js";
import { readMentionRole, type MentionSpan, type RoleReading } from "./mention-roles.js";

/**
 * The role of one category mention: what its clause says of it; for an English name inside Chinese text, what the
 * Chinese around it says ("social live被拒了", "我们没有 social live", "social live 换成了电商平台"); and whether the
 * asker changed it into another category ("把社交直播换成了电商平台", "如果把社交直播换成电商平台呢": not held, or
 * supposed gone) or only asks or plans to change into it ("能不能换成社交直播": pending), or it is the new name of
 * something else ("商城名改成了社交直播商城"). `changed` tells a change apart: the rest of a conversation's categories stay.
 */
export function readCategoryRole(
  span: MentionSpan,
  allSpans: readonly MentionSpan[],
  categorySpans: readonly MentionSpan[],
  text: MatchableText,
  lexicon: Lexicon,
): RoleReading & { readonly changed: boolean } {
  const own = readMentionRole(span, allSpans, text, lexicon);
  const shadow = own.role === "held" ? compactSpanOf(span, text) : null;
  const aroundIt = shadow ? readMentionRole(shadow, allSpans, text, lexicon) : null;
  const reading = aroundIt && aroundIt.role !== "held" ? aroundIt : own;
  if (reading.role !== "held" && reading.role !== "hypothetical") return { role: reading.role, cue: reading.cue, changed: false };
  const renamed = renamedIntoCue(span, text, lexicon);
  if (renamed !== null) return { role: "named-thing", cue: renamed, changed: false };
  // In the compact form every category stands where the Chinese cues are found, English names included.
  const inCompact = () => categorySpans.map((other) => (other.script === "zh" ? other : (compactSpanOf(other, text) ?? other)));
  const change = changedFromCue(span, categorySpans, text, lexicon) ?? (shadow ? changedFromCue(shadow, inCompact(), text, lexicon) : null);
  if (change !== null) return { role: "negated", cue: change, changed: true };
  const wanted = reading.role === "held" ? (askedChangeIntoCue(span, categorySpans, text, lexicon) ?? (shadow ? askedChangeIntoCue(shadow, inCompact(), text, lexicon) : null)) : null;
  if (wanted !== null) return { role: "pending", cue: wanted, changed: false };
  return { role: reading.role, cue: reading.cue, changed: false };
}
