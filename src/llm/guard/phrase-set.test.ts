import { describe, expect, it } from "vitest";
import { foldText } from "./fold-text.js";
import { PhraseSet } from "./phrase-set.js";

describe("PhraseSet", () => {
  const methods = new PhraseSet(["插件", "云直播插件", "直播", "live-pusher", "plugin*"]);

  it("finds every cue, overlapping ones and ones sharing a first character included, in text order", () => {
    expect(methods.findAll(foldText("用云直播插件直播"))).toEqual([
      { cue: "云直播插件", start: 1, end: 6 },
      { cue: "直播", start: 2, end: 4 },
      { cue: "插件", start: 4, end: 6 },
      { cue: "直播", start: 6, end: 8 },
    ]);
  });

  it("lets the longest of overlapping cues win when asked for separate phrases", () => {
    expect(methods.find(foldText("用云直播插件直播")).map((hit) => hit.cue)).toEqual(["云直播插件", "直播"]);
  });

  it("matches English cues on word edges only, an open cue with any ending", () => {
    expect(methods.findAll(foldText("Use LivePusher or the plugins")).map((hit) => hit.cue)).toEqual(["livepusher", "plugin"]);
    expect(methods.test(foldText("deliverables"))).toBe(false);
    expect(methods.test(foldText("今天天气怎么样"))).toBe(false);
  });
});
