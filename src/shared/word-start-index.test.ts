import { describe, expect, it } from "vitest";
import { WordStartIndex } from "./word-start-index.js";

const isLetter = (code: number) => code >= 97 && code <= 122;

describe("WordStartIndex", () => {
  it("finds a literal only where a word starts, and one starting otherwise anywhere", () => {
    const index = new WordStartIndex<string>((literal) => literal, isLetter);
    for (const literal of ["live", "plugin", "a", "<live-pusher>", "in"]) index.add(literal);
    // "plugin" stands only inside "xplugin", where no word starts with it; "live" is found inside "<live-pusher>"
    // (a word starts after "<"); the literal starting with "<" is tested anywhere and comes last.
    expect([...index.candidatesIn("use <live-pusher> in a live xplugin")]).toEqual(["live", "in", "a", "<live-pusher>"]);
    expect([...index.candidatesIn("")]).toEqual([]);
  });
});
