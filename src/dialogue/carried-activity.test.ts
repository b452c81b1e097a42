import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("what the asker said it does, which the document does not list", () => {
  it("is carried to the category the next question names when that category's section speaks of it", async () => {
    const first = await service.answer("我们小程序是做时政新闻直播的");
    const next = await service.answer("那选社交直播类目行不行", first.conversation);
    expect(next.categories.map((category) => category.secondary)).toEqual(["直播"]);
    expect(next.parts.details.join("\n")).toContain("时政信息");
  });

  it("is not carried where that section says nothing of it, nor after a category of the topic's own", async () => {
    const game = await service.answer("我们是做游戏直播的");
    expect((await service.answer("那电商平台类目行不行", game.conversation)).answer).not.toContain("游戏");
    const trust = await service.answer("信托类目能直播吗");
    expect((await service.answer("那选社交直播类目行不行", trust.conversation)).answer).not.toContain("时政");
  });
});
