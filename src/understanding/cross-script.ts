import type { MatchableText } from "../lexicon/cue-set.js";
import type { MentionSpan } from "./mention-roles.js";

const hanCharacter = /\p{Script=Han}/u;

/**
 * An English mention inside Chinese text ("social live被拒了", "我们没有 social live") as a span of the compact form,
 * where the Chinese cues around it are found; null for text without Chinese, or where the compact form is not the
 * lower-case one without its joining marks (the rare text whose normalisation changed more than those).
 */
export function compactSpanOf(span: MentionSpan, text: MatchableText): MentionSpan | null {
  const { lower, compact } = text;
  if (span.script !== "en" || !hanCharacter.test(compact)) return null;
  // compact is lower with the joining marks (spaces, hyphens, slashes…) left out: walk the two side by side.
  let start = -1;
  let end = -1;
  let at = 0;
  for (let index = 0; index <= lower.length; index += 1) {
    if (index === span.start) start = at;
    if (index === span.end) end = at;
    if (index === lower.length) break;
    if (at < compact.length && lower[index] === compact[at]) at += 1;
    else if (/[\p{L}\p{N}]/u.test(lower[index]!)) return null;
  }
  if (at !== compact.length || start === -1 || end === -1 || end <= start) return null;
  return { script: "zh", start, end };
}
