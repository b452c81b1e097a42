import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

const secondaries = async (question: string) => (await service.answer(question)).categories.map((category) => category.secondary);

describe("a negation before a part of a category's name", () => {
  it("takes that category out of a broad name's candidates", async () => {
    expect(await secondaries("我们驾校不是那种平台,开直播用什么")).toEqual(["驾校培训"]);
    expect(await secondaries("Our driving school is not a platform. Native or plugin?")).toEqual(["驾校培训"]);
  });

  it("rules the topic's category out in a follow-up, saying what the asker said it is not", async () => {
    const platform = await service.answer("我们做电商平台");
    const corrected = await service.answer("不对,我们不是平台,只是单个品牌的店", platform.conversation);
    expect(corrected.categories).toEqual([]);
    expect(corrected.answer).toContain("「不是平台」");
    expect(corrected.answer).toContain("为多个经营者提供交易的平台");
  });

  it("denies nothing when the part begins another word, or is a word of streaming itself", async () => {
    expect(await secondaries("我们不是教育机构,是教育平台")).toEqual(["教育平台"]);
    const social = await service.answer("社交直播类目");
    expect((await service.answer("我们不是直播带货的", social.conversation)).categories.map((category) => category.secondary)).toEqual(["直播"]);
  });
});
