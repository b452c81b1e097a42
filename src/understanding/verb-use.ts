import type { Lexicon } from "../lexicon/load-lexicon.js";

// The word before a match: letters and apostrophes ("let's"), then the spaces up to the match.
const lastWordPattern = /([a-z']+)\s+$/;

/**
 * "Should I trust it?", "can we bank on the plugin": an English category word right after a pronoun or "to" (lexicon
 * › englishVerbUse) is the verb, not the category. `start` is where the term was matched in `lower`.
 */
export function isVerbUse(term: string, start: number, lower: string, verbUse: Lexicon["englishVerbUse"]): boolean {
  if (!verbUse.words.has(term)) return false;
  const before = lastWordPattern.exec(lower.slice(Math.max(0, start - 12), start));
  return before !== null && verbUse.after.has(before[1]!);
}
