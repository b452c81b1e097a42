import type { GuardLexicon } from "../../lexicon/guard-lexicon-schema.js";
import { anyOfWords } from "../../shared/any-of-words.js";

/** The lexicon's Chinese numerals (guard.chineseNumerals), compiled once with the document's time units and the measure words. */
export interface ChineseNumerals {
  /** Each numeral's digit, counting forms included ("两" = 2). */
  readonly digits: ReadonlyMap<string, number>;
  /** The tens character: "十五" = 15. */
  readonly tens: string;
  /** A count of one to three numerals before a time unit ("七天", "十五个工作日"); null without time units. */
  readonly timePattern: RegExp | null;
}

export function compileChineseNumerals(numerals: GuardLexicon["chineseNumerals"], timeUnits: readonly string[], measureWords: readonly string[]): ChineseNumerals {
  const digits = new Map(Object.entries({ ...numerals.digits, ...numerals.countingDigits }));
  const count = `${anyOfWords([...digits.keys(), numerals.tens])}{1,3}`;
  return {
    digits,
    tens: numerals.tens,
    timePattern: timeUnits.length > 0 ? new RegExp(`(${count})(?:${anyOfWords(measureWords)})?(${anyOfWords(timeUnits)})`, "gu") : null,
  };
}

/** Reads 一…九十九 written in Chinese numerals ("七" = 7, "十五" = 15, "二十" = 20); null for anything else. */
export function readChineseCount(text: string, numerals: ChineseNumerals): number | null {
  const characters = [...text];
  const isNumeral = (character: string) => numerals.digits.has(character) || character === numerals.tens;
  if (characters.length < 1 || characters.length > 3 || !characters.every(isNumeral)) return null;
  if (!characters.includes(numerals.tens)) return characters.length === 1 ? numerals.digits.get(text)! : null;
  const [tensDigit = "", onesDigit = ""] = text.split(numerals.tens);
  return (tensDigit === "" ? 1 : numerals.digits.get(tensDigit) ?? 0) * 10 + (onesDigit === "" ? 0 : numerals.digits.get(onesDigit) ?? 0);
}
