import { describe, expect, it } from "vitest";
import { WordStartIndex } from "./word-start-index.js";

describe("WordStartIndex", () => {
  it("finds a literal only where a word starts, and one starting otherwise anywhere", () => {
    const index = new WordStartIndex<string>((literal) => literal, "a-z");
    for (const literal of ["live", "plugin", "a", "<live-pusher>", "in"]) index.add(literal);
    // "plugin" stands only inside "xplugin", where no word starts with it; "live" is found inside "<live-pusher>"
    // (a word starts after "<"); the literal starting with "<" is tested anywhere and comes last.
    expect([...index.candidatesIn("use <live-pusher> in a live xplugin")]).toEqual(["live", "in", "a", "<live-pusher>"]);
    expect([...index.candidatesIn("")]).toEqual([]);
  });

  it("takes a word as a run of the characters it is given: with digits, \"2live\" is one word and hides \"live\"", () => {
    const withDigits = new WordStartIndex<string>((literal) => literal, "a-z0-9");
    const lettersOnly = new WordStartIndex<string>((literal) => literal, "a-z");
    for (const index of [withDigits, lettersOnly]) for (const literal of ["live", "2live"]) index.add(literal);
    expect([...withDigits.candidatesIn("2live, 直播 live")]).toEqual(["2live", "live"]);
    expect([...lettersOnly.candidatesIn("2live, 直播 live")]).toEqual(["live", "2live"]);
  });
});
