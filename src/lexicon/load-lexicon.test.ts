import { describe, expect, it } from "vitest";
import { loadCoreData } from "../../test/support/core-data.js";
import { readOnPieces } from "./load-lexicon.js";

describe("the lexicon's cue index", () => {
  const { lexicon } = loadCoreData();

  it("leaves out only sets that exist, so a renamed set is not indexed by mistake", () => {
    const names = new Set([...Object.keys(lexicon.roles), ...Object.keys(lexicon.dialogue)]);
    expect([...readOnPieces].filter((name) => !names.has(name))).toEqual([]);
  });

  it("still reads a question for the sets it leaves out, through their own scan", () => {
    // Read on the whole question all the same (a new use of the set): the answer is right, only slower.
    expect(lexicon.dialogue.thanks.test({ compact: "好的谢谢", lower: "" })).toBe(true);
  });
});
