import { anyOfWords } from "../../shared/any-of-words.js";
import { readChineseCount } from "./chinese-numerals.js";
import type { GuardVocabulary } from "./guard-vocabulary.js";

export interface NumberKey {
  readonly bare: string;
  /** The number with the unit after it ("7天"); English units read as the document's ("7 days" = "7天"). */
  readonly withUnit: string | null;
}

/**
 * A number in digits and the word after it, a measure word allowed between ("7天", "7个工作日", "7 days"),
 * made once per vocabulary from the lexicon's measure words.
 */
export function compileDigitCountPattern(measureWords: readonly string[]): RegExp {
  return new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(?:${anyOfWords(measureWords)}\\s*)?(\\p{Script=Han}{1,3}|[A-Za-z]+)?`, "gu");
}

/** The numbers a readable (NFKC, simplified) text gives, each with the unit that follows it. */
export function numberKeys(readable: string, vocabulary: GuardVocabulary): NumberKey[] {
  const keys: NumberKey[] = [];
  for (const match of readable.matchAll(vocabulary.digitCountPattern)) {
    const after = match[2] ?? "";
    // Only time units make a claim of their own ("7天", "7个工作日"); "3选1" or "2个" are checked as numbers.
    const unit = /\p{Script=Han}/u.test(after) ? vocabulary.timeUnits.find((candidate) => after.startsWith(candidate)) : vocabulary.numberUnits.get(after.toLowerCase());
    keys.push({ bare: match[1]!, withUnit: unit ? `${match[1]}${unit}` : null });
  }
  const { timePattern } = vocabulary.chineseNumerals;
  // A time in Chinese numerals reads as the same number in digits ("十五个工作日" = "15工作日").
  for (const match of timePattern ? readable.matchAll(timePattern) : []) {
    const value = readChineseCount(match[1]!, vocabulary.chineseNumerals);
    if (value !== null) keys.push({ bare: String(value), withUnit: `${value}${match[2]!}` });
  }
  return keys;
}
