import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("a business the document does not have words for", () => {
  it("is said to have no category in the document, however it is named", async () => {
    const { zh, en } = service.dependencies.templates;
    for (const question of [
      // Named as a business by a word right after it.
      "众筹平台能开直播吗",
      "B2B 平台可以用直播吗",
      "Is a vape store allowed to live stream?",
      // What the asker does, opening the message without a "we".
      "卖二手奢侈品的,可以在小程序直播吗",
      "做汉服租赁的能开直播不",
      // A sole proprietor's business: the subject decides nothing of the category.
      "开了家眼镜店的个体户,小程序想直播",
      // A word that is itself a shop of a kind the document lacks.
      "五金店可以开直播吗",
      // What the asker runs, said with 我 ("我开了…"), and asked what it may sell.
      "我开了家小铺子卖文具,能直播吗",
      "文具店老板问一下,小程序直播能卖钢笔吗",
      "烟酒店的小程序能不能直播",
      // A shop known only as a part of a longer word the bot reads: "花店入驻" names a platform, not a flower shop.
      "花店小程序可以开播吗",
      "我家开了个花店,能直播吗",
      "开网店的小程序能直播吗",
    ]) {
      const answer = await service.answer(question);
      const expected = answer.language === "en" ? en.verdict.businessNotListed : zh.verdict.businessNotListed;
      expect(answer.answer, question).toContain(expected);
      expect(answer.categories, question).toEqual([]);
    }
  });

  it("is not read into a platform that such shops join", async () => {
    const answer = await service.answer("做花店入驻平台的,能直播吗");
    expect(answer.categories.map((category) => category.primary)).toEqual(["电商平台"]);
    expect(answer.answer).not.toContain(service.dependencies.templates.zh.verdict.businessNotListed);
  });

  it("is not read into a question that only says what the asker is, or uses a business word for its subject", async () => {
    const { zh, en } = service.dependencies.templates;
    for (const question of ["我们是一家台资企业,能直播吗", "Suppose it were registered to a company?", "等转成公司认证后呢", "手机上的小程序能直播吗", "开直播需要什么条件"]) {
      const answer = await service.answer(question);
      expect(answer.answer, question).not.toContain(zh.verdict.businessNotListed);
      expect(answer.answer, question).not.toContain(en.verdict.businessNotListed);
    }
  });
});
