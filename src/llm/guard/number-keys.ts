import { escapeRegExp } from "../../shared/escape-reg-exp.js";
import type { GuardVocabulary } from "./guard-vocabulary.js";

export interface NumberKey {
  readonly bare: string;
  /** The number with the unit after it ("7天"); English units read as the document's ("7 days" = "7天"). */
  readonly withUnit: string | null;
}

const hanDigits: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads 一…九十九 written in Chinese numerals ("七", "十五", "二十"). */
function hanNumber(text: string): number | null {
  if (!/^[零一二两三四五六七八九十]{1,3}$/u.test(text)) return null;
  if (!text.includes("十")) return text.length === 1 ? hanDigits[text]! : null;
  const [tens = "", ones = ""] = text.split("十");
  return (tens === "" ? 1 : hanDigits[tens] ?? 0) * 10 + (ones === "" ? 0 : hanDigits[ones] ?? 0);
}

/** A number in Chinese numerals followed by one of the vocabulary's time units ("七天", "十五个工作日"), made once per vocabulary. */
const hanNumberWithUnit = new WeakMap<GuardVocabulary, RegExp | null>();

function hanNumberWithUnitOf(vocabulary: GuardVocabulary): RegExp | null {
  if (!hanNumberWithUnit.has(vocabulary)) {
    const units = vocabulary.timeUnits.map(escapeRegExp).join("|");
    hanNumberWithUnit.set(vocabulary, units ? new RegExp(`([零一二两三四五六七八九十]{1,3})个?(${units})`, "gu") : null);
  }
  return hanNumberWithUnit.get(vocabulary) ?? null;
}

/** The numbers a readable (NFKC, simplified) text gives, each with the unit that follows it. */
export function numberKeys(readable: string, vocabulary: GuardVocabulary): NumberKey[] {
  const keys: NumberKey[] = [];
  for (const match of readable.matchAll(/(\d+(?:\.\d+)?)\s*(?:个\s*)?(\p{Script=Han}{1,3}|[A-Za-z]+)?/gu)) {
    const after = match[2] ?? "";
    // Only time units make a claim of their own ("7天", "7个工作日"); "3选1" or "2个" are checked as numbers.
    const unit = /\p{Script=Han}/u.test(after) ? vocabulary.timeUnits.find((candidate) => after.startsWith(candidate)) : vocabulary.numberUnits.get(after.toLowerCase());
    keys.push({ bare: match[1]!, withUnit: unit ? `${match[1]}${unit}` : null });
  }
  const hanPattern = hanNumberWithUnitOf(vocabulary);
  for (const match of hanPattern ? readable.matchAll(hanPattern) : []) {
    const value = hanNumber(match[1]!);
    if (value !== null) keys.push({ bare: String(value), withUnit: `${value}${match[2]!}` });
  }
  return keys;
}
