import { describe, expect, it } from "vitest";
import { codePointCount, endOfFirstCodePoints } from "./end-of-first-code-points.js";

/** The same, through an array of characters. */
const byArray = (text: string, count: number) => [...text].slice(0, Math.max(0, count)).join("").length;

describe("endOfFirstCodePoints", () => {
  it("ends where the first count characters end, a surrogate pair counting once, wherever it stands", () => {
    const texts = ["", "电商平台能直播吗", "𠀋𠀋小程序", "小程序𠀋", "ab𠀋cd", "\uD840", "a\uDC0Bb", "😀".repeat(5)];
    for (const text of texts) {
      for (let count = 0; count <= text.length + 2; count += 1) expect(endOfFirstCodePoints(text, count), `${text} ${count}`).toBe(byArray(text, count));
    }
  });

  it("ends at 0 for no characters and counts characters as the spread does", () => {
    expect(endOfFirstCodePoints("直播", 0)).toBe(0);
    expect(endOfFirstCodePoints("直播", -1)).toBe(0);
    expect(codePointCount("𠀋直播")).toBe(3);
  });
});
