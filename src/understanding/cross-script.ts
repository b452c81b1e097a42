import type { MatchableText } from "../lexicon/cue-set.js";
import type { MentionSpan } from "./mention-roles.js";
import { containsHan } from "../shared/han-script.js";

const letterOrDigit = /[\p{L}\p{N}]/u;

// Per question, where each position of the lower-case text falls in the compact form (null: they do not align).
const compactPositions = new WeakMap<MatchableText, Int32Array | null>();

/**
 * An English mention inside Chinese text ("social live被拒了", "我们没有 social live") as a span of the compact form,
 * where the Chinese cues around it are found; null for text without Chinese, or where the compact form is not the
 * lower-case one without its joining marks (the rare text whose normalisation changed more than those).
 */
export function compactSpanOf(span: MentionSpan, text: MatchableText): MentionSpan | null {
  if (span.script !== "en") return null;
  const positions = positionsIn(text);
  if (!positions) return null;
  const start = positions[span.start]!;
  const end = positions[span.end]!;
  return end > start ? { script: "zh", start, end } : null;
}

/**
 * A Chinese mention inside English text ("…an individual. We have 电商平台") as a span of the lower-case text, where the
 * English cues around it are found; null where the two forms do not align (see compactSpanOf).
 */
export function lowerSpanOf(span: MentionSpan, text: MatchableText): MentionSpan | null {
  if (span.script !== "zh") return null;
  const positions = positionsIn(text);
  if (!positions) return null;
  // Joining marks right before the mention map where its first character does: the character is the last of them.
  const start = positions.lastIndexOf(span.start);
  // The lower-case position after the mention's last character: the first one mapped past it.
  const end = positions.indexOf(span.end, start + 1);
  return start >= 0 && end > start ? { script: "en", start, end } : null;
}

/** The span in the other script's coordinates, or itself when it is in `script` already. */
export function spanInScript(span: MentionSpan, script: MentionSpan["script"], text: MatchableText): MentionSpan | null {
  if (span.script === script) return span;
  return script === "zh" ? compactSpanOf(span, text) : lowerSpanOf(span, text);
}

function positionsIn(text: MatchableText): Int32Array | null {
  let positions = compactPositions.get(text);
  if (positions === undefined) {
    positions = containsHan(text.compact) ? alignedPositions(text.lower, text.compact) : null;
    compactPositions.set(text, positions);
  }
  return positions;
}

/** compact is lower with the joining marks (spaces, hyphens, slashes…) left out: the two walked side by side once. */
function alignedPositions(lower: string, compact: string): Int32Array | null {
  const positions = new Int32Array(lower.length + 1);
  let at = 0;
  for (let index = 0; index < lower.length; index += 1) {
    positions[index] = at;
    if (at < compact.length && lower[index] === compact[at]) at += 1;
    else if (letterOrDigit.test(lower[index]!)) return null;
  }
  positions[lower.length] = at;
  return at === compact.length ? positions : null;
}

/**
 * Whether English stands right beside a Chinese span ("get 社交直播, does", "is a 个人 mini program"): a Latin letter right
 * before or right after it in the compact form, which keeps letters and leaves the joining marks out — read by code
 * unit, so the Chinese questions (most) with a tag name further on ("电商平台能用 live-pusher 吗") cost no alignment.
 */
export function englishBeside(span: MentionSpan, text: MatchableText): boolean {
  return (span.start > 0 && isLatinLetter(text.compact.charCodeAt(span.start - 1))) || englishAfter(span, text);
}

/** Whether a Latin letter stands right after a Chinese span in the compact form ("个人 mini program"). */
export function englishAfter(span: MentionSpan, text: MatchableText): boolean {
  return span.end < text.compact.length && isLatinLetter(text.compact.charCodeAt(span.end));
}

function isLatinLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}
