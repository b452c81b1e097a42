import { describe, expect, it } from "vitest";
import { splitSentences, takeSentences } from "./split-sentences.js";

describe("splitting a model's text into sentences", () => {
  it("ends Chinese sentences at 。!?; and English ones at a full stop before a space", () => {
    expect(splitSentences("第一句。第二句!Third one. Fourth one").map((sentence) => sentence.text)).toEqual(["第一句。", "第二句!", "Third one.", "Fourth one"]);
  });

  it("does not end a sentence inside an identifier or a decimal", () => {
    expect(splitSentences("调用 wx.createLivePusherContext() 约 7.5 秒。").map((sentence) => sentence.text)).toEqual(["调用 wx.createLivePusherContext() 约 7.5 秒。"]);
  });

  it("ends a sentence at a line break and keeps the break before the next", () => {
    expect(splitSentences("1. 第一点\n2. 第二点")).toEqual([
      { leading: "", text: "1. 第一点" },
      { leading: "\n", text: "2. 第二点" },
    ]);
  });

  it("waits for the next character before closing a sentence at the end of a streamed buffer", () => {
    expect(takeSentences("它说「可以。", false)).toEqual({ sentences: [], rest: "它说「可以。" });
    expect(takeSentences("它说「可以。」然后", false).sentences.map((sentence) => sentence.text)).toEqual(["它说「可以。」"]);
  });
});
