import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { englishBeside, lowerSpanOf } from "./cross-script.js";
import { readMentionRole, type MentionSpan, type RoleReading } from "./mention-roles.js";

/**
 * The role of the mention at `index`: what its clause says of it, and for an English name inside Chinese text, what
 * the Chinese around it says ("social live被拒了", "我们没有 social live", "要是有social live呢", "客户是 social live
 * 类目"). `inCompact` holds every mention's span where the Chinese cues are found (an English one where its compact
 * form aligns, else the span itself), so the other mentions stand where they do in that reading too.
 * So for a Chinese name inside English text, read by the English around it ("what if we also get 社交-直播?", "we don't
 * have 电商平台"), with every mention placed in the lower-case text.
 */
export function readCategoryRole(index: number, allSpans: readonly MentionSpan[], inCompact: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon): RoleReading {
  const span = allSpans[index]!;
  const own = readMentionRole(span, allSpans, text, lexicon);
  if (own.role !== "held") return own;
  const shadow = span.script === "zh" ? amidEnglish(span, allSpans, text) : { span: inCompact[index]!, spans: inCompact };
  if (shadow === null || shadow.span === span) return own;
  const aroundIt = readMentionRole(shadow.span, shadow.spans, text, lexicon);
  return aroundIt.role !== "held" ? aroundIt : own;
}

/**
 * A Chinese mention placed in the lower-case text, when English stands right beside it ("get 社交-直播, does", "is 电商平台
 * ok"): not a name in Chinese text with a tag name further on ("电商平台能用 live-pusher 吗", most questions).
 */
function amidEnglish(span: MentionSpan, allSpans: readonly MentionSpan[], text: MatchableText): { span: MentionSpan; spans: MentionSpan[] } | null {
  if (!englishBeside(span, text)) return null;
  const inLower = lowerSpanOf(span, text);
  if (inLower === null) return null;
  return { span: inLower, spans: allSpans.map((other) => (other === span ? inLower : other.script === "zh" ? (lowerSpanOf(other, text) ?? other) : other)) };
}
