import { describe, expect, it } from "vitest";
import { foldText } from "./fold-text.js";
import { PhraseSet } from "./phrase-set.js";

const nativeWords = new PhraseSet(["live pusher", "native*", "原生组件"]);
const found = (text: string) => nativeWords.find(foldText(text)).map((hit) => hit.cue);

describe("folding a model's text", () => {
  it("reads spacing, underscores, hyphens, full-width letters and case as the same word", () => {
    for (const written of ["live pusher", "live_pusher", "live-pusher", "ｌｉｖｅ－ｐｕｓｈｅｒ", "LivePusher", "LIVE-PUSHER", "<live-pusher>"]) {
      expect(found(`用 ${written} 接入`), written).toEqual(["livepusher"]);
    }
  });

  it("finds a method word at a camelCase edge inside an identifier", () => {
    expect(found("wx.createLivePusherContext()")).toEqual(["livepusher"]);
  });

  it("does not find an English word inside another word", () => {
    expect(found("Alternatively, ask again.")).toEqual([]);
    expect(found("It works natively.")).toEqual(["native"]);
  });

  it("reads 繁體 as 简体", () => {
    expect(found("可以使用原生組件")).toEqual(["原生组件"]);
  });

  it("keeps positions aligned after characters outside the basic plane", () => {
    expect(found("😀😀 live pusher")).toEqual(["livepusher"]);
  });
});
