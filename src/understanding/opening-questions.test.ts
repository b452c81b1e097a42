import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("a first question of what streaming takes, with no category named", () => {
  it("is the document's subject: the answer turns to the service category rather than calling it out of scope", async () => {
    for (const question of ["我们小程序想直播,得有啥条件", "开直播之前要申请什么", "小程序的直播功能如何开通", "直播要哪些条件才能开"]) {
      const answer = await service.answer(question);
      // Asked for the category, or the document's sentence on where it is chosen ("功能" is that sentence's word).
      expect(["no-category", "general"], question).toContain(answer.kind);
      expect(answer.answer, question).toContain("服务类目");
    }
  });

  it("asked which category to apply for, is not read as asking what the category takes", async () => {
    const which = await service.answer("想做萌宠直播,得申请什么类目");
    expect(which.categories.map((category) => category.secondary)).toEqual(["直播"]);
    expect(which.answer).not.toContain("资质要求");
  });

  it("asked how to add or change the category in the admin console, quotes where the document says it is set", async () => {
    for (const question of ["后台里服务类目怎么修改", "类目要怎么设置,一步步教下"]) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toContain("设置 > 基本设置 > 服务类目");
    }
  });
});
