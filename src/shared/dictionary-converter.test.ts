import * as OpenCC from "opencc-js/t2cn";
import { describe, expect, it } from "vitest";
import { type ConverterPreset, type Dictionary, dictionaryConverter } from "./dictionary-converter.js";

const tw2s = (OpenCC.Locale.configs as Record<string, ConverterPreset>)["tw2s"]!;
const openccTw2s = OpenCC.Converter({ from: "tw", to: "cn" });

/** Every key and value of the preset's dictionaries. */
function wordsOf(preset: ConverterPreset): string[] {
  const words: string[] = [];
  const read = (dictionary: Dictionary) => {
    if (typeof dictionary === "string") for (const entry of dictionary.split("|")) words.push(...entry.split(" "));
    else for (const [key, value] of dictionary) words.push(key, value);
  };
  for (const group of [...(preset.normalizationChain ?? []), ...preset.conversionChain]) group.forEach(read);
  for (const dictionary of preset.segmentation ?? []) read(dictionary as Dictionary);
  return words.filter((word) => word !== "");
}

describe("dictionaryConverter", () => {
  it("gives what opencc-js's tw → cn converter gives for every key and value of its dictionaries, alone and run together", () => {
    const convert = dictionaryConverter(tw2s);
    const words = wordsOf(tw2s);
    expect(words.length).toBeGreaterThan(10_000);
    const differing = words.filter((word) => convert(word) !== openccTw2s(word));
    // Run together, a word's end can start a longer key with the next one's beginning.
    for (let index = 0; index + 3 <= words.length; index += 3) {
      const text = words.slice(index, index + 3).join("");
      if (convert(text) !== openccTw2s(text)) differing.push(text);
    }
    expect(differing).toEqual([]);
  });

  it("matches the longest key, lets a group's first dictionary win a key two hold, and keeps an empty value", () => {
    const first: Dictionary = "ab X|b Y|a Z|e ";
    const second: Dictionary = [["ab", "W"], ["abc", "V"], ["c", "U"], ["\u{20000}", "T"]];
    const preset: ConverterPreset = { conversionChain: [[first, second], ["X A|V B"]] };
    const convert = dictionaryConverter(preset);
    const opencc = OpenCC.ConverterFactory([first, second], ["X A|V B"]);
    for (const text of ["abc", "ab", "abd", "bab", "eee", "xaby", "\u{20000}c", "", "⿰ab", "⿱⿰abc", "⿲a", "ca⿳abcabc", "\ud840abc", "ab\ud840", "\udc00\u{20000}"]) {
      expect(convert(text), text).toBe(opencc(text));
    }
    expect(convert("abcab")).toBe("BA");
    expect(convert("ae")).toBe("Z");
  });

  it("steps over an ideographic description sequence as one character, unless a key starts where it does", () => {
    for (const dictionary of ["木 X", "木 X|⿰木 Y"]) {
      const convert = dictionaryConverter({ conversionChain: [[dictionary]] });
      const opencc = OpenCC.ConverterFactory([dictionary]);
      for (const text of ["⿰木木", "⿰木", "木⿰木木木", "⿱⿰木木木", "⿳木", "⿰木木木"]) expect(convert(text), text).toBe(opencc(text));
    }
    expect(dictionaryConverter({ conversionChain: [["木 X"]] })("⿰木木木")).toBe("⿰木木X");
    expect(dictionaryConverter({ conversionChain: [["木 X|⿰木 Y"]] })("⿰木木木")).toBe("YXX");
  });
});
