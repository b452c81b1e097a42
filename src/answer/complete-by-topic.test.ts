import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

const secondaries = (answer: { categories: ReadonlyArray<{ secondary: string }> }) => answer.categories.map((category) => category.secondary);

describe("a short business word the topic's category completes", () => {
  it("is read as the business the topic's words and it name together, in either language", async () => {
    const marketing = await service.answer("房地产营销类目能直播吗");
    const agency = await service.answer("不好意思我们是做中介的", marketing.conversation);
    expect(agency.answer).toMatch(/房地产中介」不在本文档开放直播/u);
    const brokers = await service.answer("我们是二手房中介");
    const developer = await service.answer("要是我们是开发商呢", brokers.conversation);
    expect(developer.method).toBe("native");
    expect(secondaries(developer)).toEqual(["房地产营销"]);
    const english = await service.answer("We're an estate agent, can we stream house viewings?");
    const englishDeveloper = await service.answer("What if we were the developer instead?", english.conversation);
    expect(englishDeveloper.method).toBe("native");
    const deposit = await service.answer("can buyers pay a deposit in the stream?", englishDeveloper.conversation);
    expect(deposit.answer).toMatch(/deposits/u);
  });

  it("is read so beside words naming the topic's own category again, and then that category does not fit", async () => {
    const marketing = await service.answer("房地产营销类目能直播吗");
    const agency = await service.answer("我们其实是中介,替开发商卖房子,能不能用这个类目", marketing.conversation);
    expect(agency.answer).toContain("你说的「房地产中介」与「房地产服务-房地产营销」的适用范围不符");
  });

  it("names nothing when the topic's words complete it into no name", async () => {
    const platform = await service.answer("电商平台能直播吗");
    const developer = await service.answer("我们是开发商", platform.conversation);
    expect(secondaries(developer)).not.toContain("房地产营销");
  });
});
