import { describe, expect, it } from "vitest";
import { normalizeQuestion } from "../understanding/normalize-question.js";
import { CueIndex } from "./cue-index.js";
import { CueSet } from "./cue-set.js";

const matchable = (question: string) => {
  const { compact, lower } = normalizeQuestion(question);
  return { compact, lower };
};

const set = () => new CueSet({ zh: ["sdk", "ok", "pusher参数", "a是"], en: [] });
const indexed = () => {
  const cues = set();
  return { cues, index: new CueIndex([cues]) };
};

describe("Chinese-list cues with Latin letters at an end", () => {
  it("are not found inside a longer English word, however the text is read", () => {
    for (const question of ["asdkjh qwe", "let me look at the category", "public okra"]) {
      const cues = set();
      expect(cues.find(matchable(question)), question).toEqual([]);
      expect(cues.test(matchable(question)), question).toBe(false);
      const { cues: inIndex, index } = indexed();
      const text = matchable(question);
      index.scan(text);
      expect(inIndex.find(text), question).toEqual([]);
    }
  });

  it("are found where a space, a hyphen or Chinese sets them apart", () => {
    const cues = set();
    expect(cues.find(matchable("用哪个 sdk 好")).map((hit) => hit.cue)).toEqual(["sdk"]);
    expect(cues.find(matchable("live-pusher参数怎么调")).map((hit) => hit.cue)).toEqual(["pusher参数"]);
    expect(cues.startsText(matchable("ok 谢谢"))).toBe(true);
    expect(cues.endsText(matchable("那就这样 ok"))).toBe(true);
    expect(cues.find(matchable("客户 A是电商平台")).map((hit) => hit.cue)).toEqual(["a是"]);
  });

  it("start or end no text they only continue", () => {
    expect(set().startsText(matchable("okay then"))).toBe(false);
    expect(set().endsText(matchable("that is a book"))).toBe(false);
  });
});
