import type { CueHit, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { matchable, onlyBetween, sourceOf } from "./clauses.js";

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
  // "要申请类目的话,…": the need is a condition of what is asked after it.
  const conditional = (word: CueHit) => neededCategoryCondition.startsText(matchable(sourceOf(text, word.script).slice(word.end).trimStart(), word.script));
  return neededCategoryVerbs.find(text).some((need) => words.some((word) => onlyBetween(neededCategoryGap, need, word, text) && !conditional(word)));
}
