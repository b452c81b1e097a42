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

  it("are dropped behind a long English label too, while a line ending in a colon keeps all of its words", () => {
    const label = "As for selling or trading, the notes for 「电商平台 (E-commerce platform)」 say:";
    const lines = withoutRepeatedSentences(["Notes: Medical goods need a medical category.", `${label} Medical goods need a medical category. No illegal goods.`, "Of the categories you named, one streams with the tags. How each one streams:"], ", ");
    expect(lines).toEqual(["Notes: Medical goods need a medical category.", `${label} No illegal goods.`, "Of the categories you named, one streams with the tags. How each one streams:"]);
  });

  it("join a later category's same line to the first even when the first lost a sentence said before it", () => {
    const lines = withoutRepeatedSentences(
      ["「甲」: see the guide.", "The row of 「乙」 is empty; see the guide.", "The row of 「丙」 is empty; see the guide."],
      ", ",
    );
    expect(lines).toEqual(["「甲」: see the guide.", "The row of 「乙」, 「丙」 is empty."]);
  });

  it("keep the lines that follow a joined line beside the line it joined, not after the lines between", () => {
    const lines = withoutRepeatedSentences(["「甲」资质要求:3选1。", "「乙」资质要求:空白。", "「丙」资质要求:3选1。", "丙的两类主体各有选项", "「丁」资质要求:需同时提供。"], "、");
    expect(lines).toEqual(["「甲」、「丙」资质要求:3选1。", "丙的两类主体各有选项", "「乙」资质要求:空白。", "「丁」资质要求:需同时提供。"]);
  });
});
