import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { matchable } from "./clauses.js";

/**
 * Whether the message points back at a number of items ("把那四项列出来", "这几份分别是啥", "list those four items"): a
 * pointer, a count (a numeral or a word such as 几), then a word for items. It points at the last answer, so it asks
 * what that answer asked (the qualifications it counted); the items' count is no aspect of its own ("这两项业务都能用
 * 原生吗" asks the method). A count is required: "这项业务" and "这份工作" point at no list.
 */
export function pointsAtItems(text: MatchableText, lexicon: Lexicon): boolean {
  const { itemPointers, itemCountWords, itemMeasures } = lexicon.dialogue;
  const { numerals } = lexicon.qualificationCount;
  return itemPointers.find(text).some((hit) => {
    if (hit.script === "zh") {
      const rest = text.compact.slice(hit.end);
      const count = numerals.has(rest.charAt(0)) ? 1 : itemCountWords.find(matchable(rest.slice(0, 1), "zh")).length > 0 ? 1 : 0;
      return count > 0 && itemMeasures.startsText(matchable(rest.slice(count), "zh"));
    }
    const words = text.lower.slice(hit.end).trimStart();
    const countWord = words.split(/\s+/u, 1)[0] ?? "";
    const counted = numerals.has(countWord) || itemCountWords.isWhole(matchable(countWord, "en"));
    return counted && itemMeasures.startsText(matchable(words.slice(countWord.length).trimStart(), "en"));
  });
}
