import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js/t2cn";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../config/settings.js";
import { toSimplified } from "./to-simplified.js";

/** The converter toSimplified wraps, applied to the whole text every time (with 么 written 麼 first, as toSimplified does). */
const converter = OpenCC.Converter({ from: "tw", to: "cn" });
const wholeText = (text: string) => converter(text.replaceAll("么", "麼"));

describe("toSimplified", () => {
  it("converts traditional characters and keeps 小程序 whole", () => {
    expect(toSimplified("電商平臺類目能用直播元件嗎")).toBe(wholeText("電商平臺類目能用直播元件嗎"));
    expect(toSimplified("醫療類目的小程序可以直播嗎?")).toBe("医疗类目的小程序可以直播吗?");
    expect(toSimplified("Can a bank stream?")).toBe("Can a bank stream?");
  });

  it("keeps a simplified 么, which the Taiwan table alone turns into 幺", () => {
    expect(converter("可以么")).toBe("可以幺");
    expect(toSimplified("可以么,能直播麼")).toBe("可以么,能直播么");
  });

  it("gives a question whose only character to change is a 么 back as it is, unless a phrase with it changes more", () => {
    for (const text of ["社交直播要什么资质", "怎么接入", "那么电商平台呢?"]) expect(toSimplified(text)).toBe(text);
    for (const text of ["幺么小丑", "么些族的小程序", "怎么樣"]) expect(toSimplified(text)).toBe(wholeText(text));
    expect(toSimplified("幺么小丑")).not.toBe("幺么小丑");
  });

  it("gives what the whole-text converter gives for every Q&A question and corpus line", () => {
    const texts: string[] = [];
    for (const name of readdirSync(join(projectRoot, "test/eval")).filter((file) => file.endsWith(".jsonl"))) {
      texts.push(...readFileSync(join(projectRoot, "test/eval", name), "utf8").split("\n"));
    }
    texts.push(...readFileSync(join(projectRoot, "corpus/live-streaming-categories.md"), "utf8").split("\n"));
    expect(texts.length).toBeGreaterThan(800);
    const differing = texts.filter((text) => toSimplified(text) !== wholeText(text));
    expect(differing).toEqual([]);
  });

  it("gives what the whole-text converter gives for random mixes of traditional, simplified, Latin, astral and ideographic description characters", () => {
    // Phrases and characters the dictionaries hold (some mapping to themselves, some changing one character of
    // several), characters they do not, astral ones (two compatibility
    // ideographs the dictionaries normalise among them), and the ones the converter steps over.
    const pieces = ["臺", "灣", "資訊", "軟體", "網際網路", "視訊", "醫療", "證券", "期貨", "銀行", "電商", "一口吃個", "一家三口", "乾元", "乾燥", "吃", "口", "才", "纔", "後臺", "程式", "小程序", "直播", "么", "什么", "怎么", "幺", "些族", "麽", "篤", "小丑", "啊", "的", "a", "Z", " ", "?", "。", "😀", "𠀋", "𡘙", "\u{2f800}", "\u{2f8d6}", "⿰", "⿱木", "⿸广", "\u2ffb", "\n"];
    let state = 42;
    // The high bits: an LCG's low bits repeat with a short period.
    const random = (below: number) => Math.floor(((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648) * below);
    const differing: string[] = [];
    for (let sample = 0; sample < 20_000; sample += 1) {
      const text = Array.from({ length: random(12) }, () => pieces[random(pieces.length)]).join("");
      if (toSimplified(text) !== wholeText(text)) differing.push(text);
    }
    expect(differing).toEqual([]);
  });
});
