import { escapeRegExp } from "./escape-reg-exp.js";

/**
 * A regular-expression group that matches any of the words literally. Longest first, so where one word starts
 * another ("元", "元宝") the match takes the whole word. No words gives a group that never matches, so a list
 * the data leaves empty turns its pattern off instead of matching everywhere.
 */
export function anyOfWords(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return sorted.length > 0 ? `(?:${sorted.map(escapeRegExp).join("|")})` : "(?!)";
}
