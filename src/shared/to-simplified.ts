import * as OpenCC from "opencc-js/t2cn";
import { CharacterSet } from "./character-set.js";
import { type ConverterPreset, dictionaryConverter, readEntries } from "./dictionary-converter.js";

/** The preset `Converter({ from: "tw", to: "cn" })` builds its dictionaries from. */
const presetName = "tw2s";
/** The preset's dictionaries (normalizationChain is in the preset though not in its type). */
const preset = (OpenCC.Locale.configs as Record<string, ConverterPreset | undefined>)[presetName];

let converter: ((text: string) => string) | null = null;
const simplifiedMe = "\u4e48";
const traditionalMe = "\u9ebc";
/** Null until the first call; a set with nothing in it when the preset is not where this module looks (then whole texts are converted). */
let keyCharacters: CharacterSet | null = null;
/** The characters some key changes (see charactersOfKeys); a subset of keyCharacters. */
let changedCharacters: CharacterSet | null = null;
/** The same, but for the simplified 么 (which toSimplified writes 麼 before converting, and gets back). */
let changedOtherThanMe: CharacterSet | null = null;
/** Keys holding 麼 that give more than 么 for it (幺麼 → 幺麽), written with 么 as a question holds them. */
let meKeysThatChange: readonly string[] = [];

/**
 * Traditional Chinese (as written in Taiwan) to simplified, character by character: the phrase table ("twp")
 * would rewrite 程序 to 进程 and break 小程序. What opencc-js's `Converter({ from: "tw", to: "cn" })` gives, from
 * its dictionaries (dictionary-converter.ts); one converter per process, built when a text first needs converting:
 * the question reader and the model guard share it.
 *
 * Only the stretch from the first to the last character that occurs in a dictionary key is converted. The converter
 * matches keys left to right, so a character in no key is copied as it is and never joins a match: the text around
 * that stretch (English, most simplified characters, a run of padding) comes out unchanged without a pass of the
 * converter over it. An ideographic description character makes the converter step over the characters it
 * describes, across any stretch, so a text with one is converted whole.
 *
 * Most questions are simplified already and have key characters only of keys that map to themselves or differ
 * elsewhere (一 in 一口吃個 → 一口喫個). A text with no character that some key changes comes out as it went in: every
 * key it could match maps to itself, in each dictionary of the chain. Such a text is returned without converting.
 */
export function toSimplified(text: string): string {
  if (!keyCharacters || !changedCharacters || !changedOtherThanMe) {
    ({ keys: keyCharacters, changed: changedCharacters, changedOtherThanMe, meKeysThatChange } = charactersOfKeys());
  }
  const convertsWhole = keyCharacters.size === 0 || describesIdeographs.test(text);
  if (text.includes(simplifiedMe)) {
    // 什么, 怎么: a quarter of questions hold a 么 and nothing else to change. Written as 麼 and converted, it would
    // only come back as 么, unless a key holding it gives more (幺麼 → 幺麽) or another character changes.
    if (!convertsWhole && !hasAnyOf(text, changedOtherThanMe) && !meKeysThatChange.some((key) => text.includes(key))) return text;
    // The Taiwan table reads a simplified 么 ("可以么") as its own 么 and gives 幺; written as 麼, it comes back as 么.
    text = text.replaceAll(simplifiedMe, traditionalMe);
  }
  if (convertsWhole) return convert(text);
  if (!hasAnyOf(text, changedCharacters)) return text;
  let first = 0;
  while (first < text.length) {
    const code = text.codePointAt(first)!;
    if (keyCharacters.has(code)) break;
    first += code > 0xffff ? 2 : 1;
  }
  if (first === text.length) return text;
  let end = text.length;
  for (;;) {
    // The code point ending at `end`: a low surrogate after a high one is one astral character.
    const low = text.charCodeAt(end - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && end - 2 >= first && text.charCodeAt(end - 2) >= 0xd800 && text.charCodeAt(end - 2) <= 0xdbff;
    if (keyCharacters.has(text.codePointAt(pair ? end - 2 : end - 1)!)) break;
    end -= pair ? 2 : 1;
  }
  if (first === 0 && end === text.length) return convert(text);
  return text.slice(0, first) + convert(text.slice(first, end)) + text.slice(end);
}

function convert(text: string): string {
  converter ??= preset ? dictionaryConverter(preset) : OpenCC.Converter({ from: "tw", to: "cn" });
  return converter(text);
}

const describesIdeographs = /[\u2ff0-\u2fff]/;

function hasAnyOf(text: string, characters: CharacterSet): boolean {
  for (let index = 0; index < text.length; ) {
    const code = text.codePointAt(index)!;
    if (characters.has(code)) return true;
    index += code > 0xffff ? 2 : 1;
  }
  return false;
}

/**
 * Every character of every key in the preset's dictionaries ("key value|key value" strings or [key, value] pairs),
 * and the characters some key changes: where a key and its value are equally long, those that differ from the
 * value's character in their place; where they are not, all of the key's.
 */
function charactersOfKeys(): { keys: CharacterSet; changed: CharacterSet; changedOtherThanMe: CharacterSet; meKeysThatChange: string[] } {
  const keys = new CharacterSet();
  const changed = new CharacterSet();
  const changedOtherThanMe = new CharacterSet();
  const meKeysThatChange: string[] = [];
  const simplifiedMeCode = simplifiedMe.codePointAt(0)!;
  const addEntry = (key: string, value: string) => {
    const sameLength = key.length === value.length;
    for (let index = 0; index < key.length; ) {
      const code = key.codePointAt(index)!;
      keys.add(code);
      if (!sameLength || value.codePointAt(index) !== code) {
        changed.add(code);
        if (code !== simplifiedMeCode) changedOtherThanMe.add(code);
      }
      index += code > 0xffff ? 2 : 1;
    }
    if (key.includes(traditionalMe) && value !== key.replaceAll(traditionalMe, simplifiedMe)) meKeysThatChange.push(key.replaceAll(traditionalMe, simplifiedMe));
  };
  const visit = (dictionaries: unknown): void => {
    if (typeof dictionaries === "string") readEntries(dictionaries, addEntry);
    else if (Array.isArray(dictionaries)) {
      if (dictionaries.length === 2 && typeof dictionaries[0] === "string" && typeof dictionaries[1] === "string" && !/[| ]/.test(dictionaries[0])) addEntry(dictionaries[0], dictionaries[1]);
      else for (const part of dictionaries) visit(part);
    }
  };
  visit(Object.values(preset ?? {}));
  return { keys, changed, changedOtherThanMe, meKeysThatChange };
}
