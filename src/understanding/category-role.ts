import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { askedChangeIntoCue, changedFromCue, renamedIntoCue } from "./change-reading.js";
import { readMentionRole, type MentionSpan, type RoleReading } from "./mention-roles.js";

/**
 * The role of the category mention at `index`: what its clause says of it; for an English name inside Chinese text,
 * what the Chinese around it says ("social live被拒了", "我们没有 social live", "social live 换成了电商平台"); and whether
 * the asker changed it into another category ("把社交直播换成了电商平台": not held), only asks or plans to change into
 * it ("能不能换成社交直播": pending), or it is the new name of something else ("商城名改成了社交直播商城").
 * `inCompact` holds each category's span in the compact form (an English one where it aligns, else null). `changed`
 * tells a change apart: the rest of a conversation's categories stay.
 */
export function readCategoryRole(
  index: number,
  categorySpans: readonly MentionSpan[],
  inCompact: ReadonlyArray<MentionSpan | null>,
  allSpans: readonly MentionSpan[],
  text: MatchableText,
  lexicon: Lexicon,
): RoleReading & { readonly changed: boolean } {
  const span = categorySpans[index]!;
  const own = readMentionRole(span, allSpans, text, lexicon);
  const shadow = span.script === "en" && own.role === "held" ? inCompact[index]! : null;
  const aroundIt = shadow ? readMentionRole(shadow, allSpans, text, lexicon) : null;
  const reading = aroundIt && aroundIt.role !== "held" ? aroundIt : own;
  if (reading.role !== "held" && reading.role !== "hypothetical") return { role: reading.role, cue: reading.cue, changed: false };
  // An English name is read with the Chinese change words in the compact form, where every category has a place.
  const compactKind = shadow ? inCompact.map((other, at) => other ?? { ...categorySpans[at]!, start: -1, end: -1 }) : null;
  const change = changedFromCue(index, categorySpans, text, lexicon) ?? (compactKind ? changedFromCue(index, compactKind, text, lexicon) : null);
  if (change !== null) return { role: "negated", cue: change, changed: true };
  if (reading.role !== "held") return { role: reading.role, cue: reading.cue, changed: false };
  if (renamedIntoCue(shadow ?? span, text, lexicon) !== null) return { role: "named-thing", cue: reading.cue, changed: false };
  const wanted = askedChangeIntoCue(index, categorySpans, text, lexicon) ?? (compactKind ? askedChangeIntoCue(index, compactKind, text, lexicon) : null);
  if (wanted !== null) return { role: "pending", cue: wanted, changed: false };
  return { role: reading.role, cue: reading.cue, changed: false };
}
