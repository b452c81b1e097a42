import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { matchable, sourceOf } from "./clauses.js";

/**
 * Whether the question asks which category it takes ("要有什么类目才能用原生", "what category do we need"): one of the
 * lexicon's phrases, or a word of need before a category word with only gap words between ("还得补哪些类目",
 * "需要额外申请类目吗", "do we need any other category"), so that every way of putting the verb, the question word
 * and "other" together reads alike without listing each.
 */
export function asksNeededCategory(text: MatchableText, lexicon: Pick<Lexicon, "dialogue">): boolean {
  const { neededCategory, neededCategoryVerbs, neededCategoryGap, neededCategoryCondition, categoryWords } = lexicon.dialogue;
  if (neededCategory.test(text)) return true;
  const words = categoryWords.find(text);
  if (words.length === 0) return false;
  return neededCategoryVerbs.find(text).some((need) =>
    words.some((word) => {
      if (word.script !== need.script || word.start < need.end) return false;
      const source = sourceOf(text, need.script);
      // "要申请类目的话,…": the need is a condition of what is asked after it.
      return neededCategoryGap.fills(source.slice(need.end, word.start), need.script) && !neededCategoryCondition.startsText(matchable(source.slice(word.end).trimStart(), need.script));
    }),
  );
}
