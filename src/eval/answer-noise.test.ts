import { describe, expect, it } from "vitest";
import type { Answer, AnswerParts } from "../answer/answer.js";
import { answerNoise } from "./answer-noise.js";

const sections: Record<string, string> = {
  "社交 > 直播": "社交 直播\n注意:2、选择该类目后首次提交代码审核,预计审核时长7天左右。",
  "金融业 > 银行": "金融业 银行\n资质要求:(2选1):",
};
const sectionText = (heading: string) => sections[heading];
const answerWith = (parts: Partial<AnswerParts>): Answer =>
  ({ parts: { verdict: "结论。", details: [], model: null, remarks: [], sources: [], visibleSources: 0, asked: [], absent: [], ...parts } }) as unknown as Answer;

describe("an answer's noise", () => {
  it("flags a 'not in the document' line about a word the cited section uses", () => {
    const answer = answerWith({
      absent: [{ line: "文档没有讲写代码。", heading: null, words: ["代码"] }],
      sources: [{ source: "doc.md", heading: "社交 > 直播", quote: "注意:2、…" }],
      visibleSources: 1,
    });
    expect(answerNoise(answer, sectionText)).toEqual([expect.stringContaining("「代码」")]);
  });

  it("flags a sentence said twice", () => {
    const answer = answerWith({ details: ["审核:预计审核时长7天左右,需主管机关确认。", "注意:预计审核时长7天左右,需主管机关确认。"] });
    expect(answerNoise(answer, sectionText)).toEqual([expect.stringContaining("repeats")]);
  });

  it("flags an asked aspect whose quote is hidden behind the visible ones", () => {
    const answer = answerWith({
      asked: [{ heading: "金融业 > 银行", aspect: "qualification", quoteMark: "资质要求" }],
      sources: [
        { source: "doc.md", heading: "金融业 > 银行", quote: "具备金融-银行类目,可…" },
        { source: "doc.md", heading: "金融业 > 银行", quote: "资质要求:(2选1):" },
      ],
      visibleSources: 1,
    });
    expect(answerNoise(answer, sectionText)).toEqual([expect.stringContaining("without showing its quote")]);
  });

  it("finds nothing wrong in a clean answer", () => {
    const answer = answerWith({
      details: ["「金融业-银行」资质要求:2选1。"],
      asked: [{ heading: "金融业 > 银行", aspect: "qualification", quoteMark: "资质要求" }],
      sources: [{ source: "doc.md", heading: "金融业 > 银行", quote: "资质要求:(2选1):" }],
      visibleSources: 1,
    });
    expect(answerNoise(answer, sectionText)).toEqual([]);
  });
});
