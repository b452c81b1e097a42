import type { CueHit, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";

/**
 * The words pointing at another party ("他们", "他能", "their"): not those inside a word pointing at no one ("其他能直播的
 * 类目", lexicon roles.thirdPartyLookalikes).
 */
export function thirdPartyPointerHits(text: MatchableText, lexicon: Lexicon): readonly CueHit[] {
  const hits = lexicon.roles.thirdPartyPointers.find(text);
  if (hits.length === 0) return hits;
  const lookalikes = lexicon.roles.thirdPartyLookalikes.find(text);
  return lookalikes.length === 0 ? hits : hits.filter((hit) => !lookalikes.some((word) => word.script === hit.script && word.start < hit.end && hit.start < word.end));
}
