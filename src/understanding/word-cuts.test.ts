import { describe, expect, it } from "vitest";
import { cutsTwoCharacterName, wordCutsIn } from "./word-cuts.js";

describe("where a segmenter cuts a text between words", () => {
  it("puts a cut where one word ends and the next begins", () => {
    expect([...wordCutsIn("家里开补习社直播讲题", ["家里", "开", "补习", "社", "直播", "讲题"])]).toEqual([2, 3, 5, 6, 8]);
  });

  it("marks no cut beside a word it cannot find in the compact text", () => {
    // "live-pusher" is written without its hyphen in the compact form: no cut is claimed on either side of it.
    expect([...wordCutsIn("能用livepusher吗", ["能用", "live-pusher", "吗"])]).toEqual([]);
  });

  it("says a two-character name is cut in two only when a cut falls between its characters", () => {
    const cuts = () => new Set([2, 3, 5]);
    expect(cutsTwoCharacterName(cuts, 4, 6)).toBe(true);
    expect(cutsTwoCharacterName(cuts, 3, 5)).toBe(false);
  });

  it("never asks for the cuts of a longer name", () => {
    let asked = false;
    expect(cutsTwoCharacterName(() => ((asked = true), new Set([5])), 3, 7)).toBe(false);
    expect(asked).toBe(false);
  });
});
