import { describe, expect, it } from "vitest";
import { fnv1a, pushGramHashes, wordFeatureHash } from "./feature-hashes.js";

/** The features as strings, the way the embedding names them: each Han run's 1-, 2- then 3-grams by code point. */
function gramStrings(text: string): string[] {
  const features: string[] = [];
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const characters = [...run];
    for (let size = 1; size <= 3; size += 1) {
      for (let start = 0; start + size <= characters.length; start += 1) features.push(`c${size}:${characters.slice(start, start + size).join("")}`);
    }
  }
  return features;
}

describe("feature hashes", () => {
  it.each([["电商平台 live-pusher 直播带货"], ["𠮷野家𠀀直播\n二行 𠀁"], ["no han at all"], [""], ["単"]])("hash each n-gram of %j as FNV-1a of its feature string, in the same order", (text) => {
    const hashes: number[] = [];
    pushGramHashes(text, hashes);
    expect(hashes).toEqual(gramStrings(text).map(fnv1a));
  });

  it("hashes a word as its w: feature string", () => {
    expect(wordFeatureHash("带货")).toBe(fnv1a("w:带货"));
    expect(wordFeatureHash("live-pusher")).toBe(fnv1a("w:live-pusher"));
  });

  it("gives the published FNV-1a values", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });
});
