import { describe, expect, it } from "vitest";
import type { CorpusChunk } from "./chunk-corpus.js";
import { readSectionFields } from "./section-fields.js";

const labels = { scenario: "小程序直播场景", scope: "类目适用范围", notes: "注意", review: "审核时长" };
const chunk = (lines: string[]): CorpusChunk => ({ id: "c", heading: "甲 > 乙", primary: "甲", secondary: "乙", source: "doc.md", lines, text: lines.join("\n") });

describe("reading a section's fields from the document's rows", () => {
  it("takes each labelled row without its label, and each note without its number", () => {
    const fields = readSectionFields(chunk(["具备乙类目,可…", "小程序直播场景:看房直播。", "类目适用范围:适用于开发商。", "注意:1、不得全款。", "注意:2、需要协议。"]), labels);
    expect(fields).toEqual({ scenario: "看房直播。", scope: "适用于开发商。", notes: ["不得全款。", "需要协议。"], review: null });
  });

  it("finds the review-time sentence wherever the section says it", () => {
    const fields = readSectionFields(chunk(["小程序直播场景:娱乐直播。首次提审需主管机关确认,预计审核时长7天左右。"]), labels);
    expect(fields.review).toBe("首次提审需主管机关确认,预计审核时长7天左右。");
  });

  it("takes the first row of a label that is not empty, and leaves the review out when no row names it", () => {
    const fields = readSectionFields(chunk(["类目适用范围:", "类目适用范围:适用于学校。", "注意:1、", "注意:3. 需备案。"]), labels);
    expect(fields).toEqual({ scenario: null, scope: "适用于学校。", notes: ["", "需备案。"], review: null });
  });

  it("reads a row the document left empty as absent", () => {
    expect(readSectionFields(chunk(["类目适用范围:", "资质要求:/"]), labels).scope).toBeNull();
  });
});
