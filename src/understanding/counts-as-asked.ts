import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { liesInsideLonger } from "./clauses.js";

/** Whether a word of counting as or meaning is said ("算违法违规商品吗", "具体指啥"), not inside a longer word (打算, 就算). */
export function countsAsAsked(text: MatchableText, lexicon: Lexicon): boolean {
  const hits = lexicon.dialogue.noteCountsAs.find(text);
  if (hits.length === 0) return false;
  const longer = lexicon.roles.subjectCountsAsNot.find(text);
  return hits.some((hit) => !liesInsideLonger(hit, longer));
}
