import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { compactSpanOf } from "./cross-script.js";
import { readMentionRole, type MentionSpan, type RoleReading } from "./mention-roles.js";
import { changedFromCue } from "./subject-ownership.js";

/**
 * The role of one category mention: what its clause says of it; for an English name inside Chinese text, what the
 * Chinese around it says ("social live被拒了", "我们没有 social live"); and whether the asker changed it into another
 * category ("把社交直播换成了电商平台", "如果把社交直播换成电商平台呢": not held, or supposed gone). `changed` tells the
 * last apart: the rest of a conversation's categories stay.
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
  const change = reading.role === "held" || reading.role === "hypothetical" ? changedFromCue(span, categorySpans, text, lexicon) : null;
  return change !== null ? { role: "negated", cue: change, changed: true } : { role: reading.role, cue: reading.cue, changed: false };
}
