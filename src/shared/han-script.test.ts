import { describe, expect, it } from "vitest";
import { containsHan } from "./han-script.js";

describe("containsHan", () => {
  it("finds a Chinese character anywhere in the text, simplified or traditional", () => {
    expect(containsHan("live-pusher 组件")).toBe(true);
    expect(containsHan("直播")).toBe(true);
    expect(containsHan("資格")).toBe(true);
    expect(containsHan("2选1")).toBe(true);
  });

  it("is false for English, digits, punctuation and the empty text", () => {
    expect(containsHan("live-pusher")).toBe(false);
    expect(containsHan("3 of 1, ①")).toBe(false);
    expect(containsHan("")).toBe(false);
  });

  it("does not take Japanese kana or Korean hangul for Chinese", () => {
    expect(containsHan("ライブ")).toBe(false);
    expect(containsHan("라이브")).toBe(false);
  });
});
