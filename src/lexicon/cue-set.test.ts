import { describe, expect, it } from "vitest";
import { CueSet } from "./cue-set.js";

describe("CueSet.fills", () => {
  const joiners = new CueSet({ zh: ["和", "以及", "还有", "还"], en: ["and", "as well as", "thanks", "thanks a lot"] });

  it("reads a Chinese gap made only of its cues, with spaces and commas between, longest cue first", () => {
    expect(joiners.fills("和", "zh")).toBe(true);
    expect(joiners.fills(" 以及, 还有 ", "zh")).toBe(true);
    expect(joiners.fills("还有和", "zh")).toBe(true);
    expect(joiners.fills("", "zh")).toBe(true);
  });

  it("does not read a gap with any other word in it", () => {
    expect(joiners.fills("和我们", "zh")).toBe(false);
    expect(joiners.fills("以及银行", "zh")).toBe(false);
    expect(joiners.fills("and banks", "en")).toBe(false);
  });

  it("reads English cues as whole words, the longest first", () => {
    expect(joiners.fills("thanks a lot", "en")).toBe(true);
    expect(joiners.fills("as well as, and", "en")).toBe(true);
    expect(joiners.fills("andthen", "en")).toBe(false);
  });
});
