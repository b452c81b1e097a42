import type { CueHit, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { matchable, sourceOf } from "./clauses.js";

/**
 * Whether a name is only what the asker's own program is likened to: "做个类似京东那样的平台小程序", "淘宝那样的平台能直播
 * 吗", "a marketplace like Taobao". Right after a likeness word (lexicon roles.likenessBefore), or right before a
 * zh comparedAfter word (那样, 一样): the asker speaks of a WeChat mini program shaped like that product, not of the
 * product itself.
 */
export function isLikeness(hit: CueHit, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, hit.script);
  if (lexicon.roles.likenessBefore.endsText(matchable(source.slice(0, hit.start).trimEnd(), hit.script))) return true;
  return hit.script === "zh" && lexicon.roles.comparedAfter.startsText(matchable(source.slice(hit.end), hit.script));
}
