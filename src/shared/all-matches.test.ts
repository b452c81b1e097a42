import { describe, expect, it } from "vitest";
import { allMatches } from "./all-matches.js";

describe("allMatches", () => {
  it("finds what matchAll finds, in order, and leaves the pattern at lastIndex 0", () => {
    const pattern = /(?<![a-z])live[\s-]?pusher(?![a-z])/g;
    const text = "live-pusher or live pusher, not alive-pusher; livepusher";
    expect(allMatches(pattern, text).map((hit) => [hit.index, hit[0]])).toEqual([...text.matchAll(pattern)].map((hit) => [hit.index, hit[0]]));
    expect(allMatches(pattern, text)).toHaveLength(3);
    expect(pattern.lastIndex).toBe(0);
  });

  it("starts from the beginning even when the pattern was left part way", () => {
    const pattern = /ab/g;
    pattern.lastIndex = 3;
    expect(allMatches(pattern, "ab ab").map((hit) => hit.index)).toEqual([0, 3]);
  });

  it("steps over empty matches as matchAll does, a surrogate pair at a time for a Unicode pattern", () => {
    const same = (pattern: RegExp, text: string) =>
      expect(allMatches(pattern, text).map((hit) => [hit.index, hit[0]])).toEqual([...text.matchAll(pattern)].map((hit) => [hit.index, hit[0]]));
    same(/[a-z]*/g, "ab c");
    same(/[\s-]?(?![a-z0-9])/g, "a - b");
    same(/(?:)/gu, "😀a");
    same(/(?:)/g, "😀a");
  });

  it("finds nothing in a text without a match", () => {
    expect(allMatches(/x/g, "abc")).toEqual([]);
  });
});
