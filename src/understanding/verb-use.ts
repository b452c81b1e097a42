import type { Lexicon } from "../lexicon/load-lexicon.js";

// The word before a match: letters and apostrophes ("let's"), then the spaces up to the match; and the word before it.
const lastWordsPattern = /(?:([a-z']+)\s+)?([a-z']+)\s+$/;

/**
 * "Should I trust it?", "can we bank on the plugin": an English category word right after a pronoun or "to" (lexicon
 * › englishVerbUse) is the verb, not the category — unless that "to" is a preposition ("back to trust"). `start` is where the term was
 * matched in `lower`.
 */
export function isVerbUse(term: string, start: number, lower: string, verbUse: Lexicon["englishVerbUse"]): boolean {
  if (!verbUse.words.has(term)) return false;
  const before = lastWordsPattern.exec(lower.slice(Math.max(0, start - 24), start));
  if (before === null || !verbUse.after.has(before[2]!)) return false;
  // "back to trust": a preposition.
  return !(before[2] === "to" && before[1] !== undefined && verbUse.toAsPrepositionAfter.has(before[1]));
}
