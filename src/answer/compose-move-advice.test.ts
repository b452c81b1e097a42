import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("a follow-up that moves the answer to a category found by what the program would do", () => {
  it("quotes the note of the category talked about before that says the new activity needs the other one", async () => {
    const first = await service.answer("我们是做美股港股行情资讯的小程序");
    const moved = await service.answer("假如后面让用户在里面买卖股票呢", first.conversation);
    expect(moved.verdictSentence).toContain("证券/期货");
    expect(moved.parts.details.join("\n")).toContain("如提供股票交易服务,需选择【金融业-证券/期货】类目");
    expect(moved.citations.some((citation) => citation.heading.includes("股票信息服务平台") && citation.quote.includes("股票交易服务"))).toBe(true);
  });

  it("adds no note when the new category is named outright", async () => {
    const first = await service.answer("我们是做美股港股行情资讯的小程序");
    const named = await service.answer("那证券/期货类目呢", first.conversation);
    expect(named.parts.details.join("\n")).not.toContain("如提供股票交易服务");
  });
});
