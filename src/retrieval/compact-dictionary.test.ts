import { describe, expect, it } from "vitest";
import { CompactDictionary } from "./compact-dictionary.js";

/** Every word of a dictionary with its frequency, in the order the look-ups search in. */
function entries(dictionary: CompactDictionary, words: readonly string[]): Array<[string, number | undefined]> {
  return words.map((word) => [word, dictionary.frequency(word)]);
}

describe("CompactDictionary.fromText", () => {
  it("reads each line's word and frequency, whatever blanks and line ends surround them", () => {
    const dictionary = CompactDictionary.fromText("  云 7 n\r\n直播\t12\n插件 3 v x\n", new Map());
    expect(dictionary.size).toBe(3);
    expect(entries(dictionary, ["云", "直播", "插件"])).toEqual([["云", 7], ["直播", 12], ["插件", 3]]);
    expect(dictionary.total).toBe(22);
  });

  it("skips a line with one field or with a second field that is not all digits", () => {
    const dictionary = CompactDictionary.fromText("甲\n乙 12a n\n丙 -3\n丁 4\r\n戊 5 6\n", new Map());
    expect(dictionary.size).toBe(2);
    expect(entries(dictionary, ["甲", "乙", "丙", "丁", "戊"])).toEqual([["甲", undefined], ["乙", undefined], ["丙", undefined], ["丁", 4], ["戊", 5]]);
  });

  it("keeps a bare carriage return inside its line: the line's next fields are not a word", () => {
    const dictionary = CompactDictionary.fromText("甲 1\r乙 2\n", new Map());
    expect(entries(dictionary, ["甲", "乙"])).toEqual([["甲", 1], ["乙", undefined]]);
  });

  it("sorts a dictionary out of order, and the last line of a repeated word wins", () => {
    const dictionary = CompactDictionary.fromText("直播 1\n云 2\n直播 5\nab 3\n", new Map());
    expect(dictionary.size).toBe(3);
    expect(entries(dictionary, ["ab", "云", "直播"])).toEqual([["ab", 3], ["云", 2], ["直播", 5]]);
    const found: string[] = [];
    dictionary.wordsAt("直播", 0, (word) => found.push(word));
    expect(found).toEqual(["直播"]);
  });

  it("merges the extra words in order, their frequency replacing the dictionary's", () => {
    const dictionary = CompactDictionary.fromText("b 1\nd 2\nf 3\n", new Map([["a", 10], ["d", 20], ["e", 30], ["g", 40]]));
    expect(dictionary.size).toBe(6);
    expect(entries(dictionary, ["a", "b", "d", "e", "f", "g"])).toEqual([["a", 10], ["b", 1], ["d", 20], ["e", 30], ["f", 3], ["g", 40]]);
    expect(dictionary.total).toBe(104);
  });

  it("measures the longest word in characters, a surrogate pair counting once", () => {
    expect(CompactDictionary.fromText("😀😀 1\nabc 1\n", new Map()).maxLength).toBe(3);
    expect(CompactDictionary.fromText("😀😀😀😀 1\nabc 1\n", new Map()).maxLength).toBe(4);
  });

  it("reads back from its bytes as it was", () => {
    const dictionary = CompactDictionary.fromText("云 2\n直播 5\n", new Map([["云直播", 9]]));
    const read = CompactDictionary.fromBuffer(dictionary.toBuffer());
    expect(read && entries(read, ["云", "云直播", "直播"])).toEqual([["云", 2], ["云直播", 9], ["直播", 5]]);
  });
});

describe("CompactDictionary.wordsAt", () => {
  it("keeps at most 100,000 first-two-character ranges, and finds the same words after emptying them", () => {
    // 320 letters, each a word, and each followed by the next letter a word too; the text holds every pair of
    // letters (320² = 102,400 of them), so the walk meets more pairs than are kept.
    const letters = Array.from({ length: 320 }, (_, index) => String.fromCharCode(0x4e00 + index));
    const next = (letter: string) => letters[(letter.charCodeAt(0) - 0x4e00 + 1) % letters.length]!;
    const dictionary = CompactDictionary.fromText(letters.flatMap((letter) => [`${letter} 1`, `${letter}${next(letter)} 2`]).join("\n"), new Map());
    const text = letters.flatMap((first) => letters.map((second) => first + second)).join("");
    const visited: string[] = [];
    dictionary.unseenWordsIn(text, new Uint8Array(dictionary.size), (word) => visited.push(word));
    expect(visited).toHaveLength(letters.length * 2);
    expect(dictionary.cachedPairRanges).toBeLessThan(letters.length * letters.length);
    expect(dictionary.cachedPairRanges).toBeGreaterThan(0);
    // Positions read before the ranges were emptied and after, their pairs looked up again.
    for (let start = 0; start < text.length - 1; start += 331) {
      const found: Array<[string, number]> = [];
      dictionary.wordsAt(text, start, (word, frequency) => found.push([word, frequency]));
      const letter = text[start]!;
      expect(found).toEqual(text[start + 1] === next(letter) ? [[letter, 1], [letter + next(letter), 2]] : [[letter, 1]]);
    }
    expect(dictionary.cachedPairRanges).toBeLessThanOrEqual(100_000);
  });
});
