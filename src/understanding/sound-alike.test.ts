import { describe, expect, it } from "vitest";
import { soundAlikeReader } from "./sound-alike.js";

describe("soundAlikeReader", () => {
  const folds = { initials: { zh: "z", ch: "c", sh: "s", n: "l" }, finals: { ing: "in", eng: "en", ang: "an" } };
  const soundsAlike = soundAlikeReader(folds);

  it("hears characters of one syllable alike, whatever their tones", () => {
    expect(soundsAlike("险", "线")).toBe(true);
    expect(soundsAlike("幕", "募")).toBe(true);
  });

  it("hears the sounds the folds join alike, and no others", () => {
    expect(soundsAlike("屏", "频")).toBe(true); // ping / pin
    expect(soundsAlike("资", "知")).toBe(true); // zi / zhi
    expect(soundsAlike("能", "冷")).toBe(true); // neng / leng
    expect(soundsAlike("车", "货")).toBe(false);
    expect(soundsAlike("讯", "信")).toBe(false); // xun / xin
  });

  it("hears every reading of a character that has several", () => {
    // 行 is xing and hang; 杭 is hang.
    expect(soundsAlike("杭", "行")).toBe(true);
  });

  it("hears nothing alike without folds but the same syllable", () => {
    const strict = soundAlikeReader({ initials: {}, finals: {} });
    expect(strict("屏", "频")).toBe(false);
    expect(strict("险", "显")).toBe(true);
  });
});
