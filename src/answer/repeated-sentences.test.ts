import { describe, expect, it } from "vitest";
import { withoutRepeatedSentences } from "./compose-lines.js";

describe("sentences said twice in an answer", () => {
  it("are dropped from the later line, in Chinese", () => {
    const lines = withoutRepeatedSentences(["「信托」注意:不支持在线交易。直播前须向监管部门备案。", "「信托」注意:直播前须向监管部门备案。"], "、");
    expect(lines).toEqual(["「信托」注意:不支持在线交易。直播前须向监管部门备案。"]);
  });

  it("are dropped from the later line in English too, behind a long label, and the rest keeps its spaces", () => {
    const label = "Notes for 「金融业-信托 (Finance – Trust)」:";
    const lines = withoutRepeatedSentences([`${label} Online trading is not supported. Filing is required.`, `${label} Filing is required. Ask the regulator first.`], ", ");
    expect(lines).toEqual([`${label} Online trading is not supported. Filing is required.`, `${label} Ask the regulator first.`]);
  });
});
