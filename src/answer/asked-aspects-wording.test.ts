import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

const details = (answer: { parts: { details: readonly string[] } }) => answer.parts.details.join("\n");

describe("what a question asks, in everyday words", () => {
  it("reads 'what is off limits' as asking the notes, in Chinese and in English", async () => {
    expect(details(await service.answer("私募基金直播有啥不能碰的红线"))).toContain("在线交易");
    expect(details(await service.answer("Private fund here: what is not allowed during a stream?"))).toContain("online trading");
  });

  it("does not read 能不能做 or 为什么不能 as asking the notes", async () => {
    expect(details(await service.answer("保险公司能不能做理赔的直播"))).not.toContain("注意事项");
    expect(details(await service.answer("信托为什么不能用插件"))).not.toContain("注意事项");
  });

  it("reads a question about the category's earlier name in everyday words", async () => {
    expect(details(await service.answer("企业征信以前的名字叫什么"))).toContain("征信业务");
  });

  it("reads giving only investment advice as the consulting category", async () => {
    expect((await service.answer("我们只给会员提供期货投资建议,可以开直播吗")).categories.map((category) => category.secondary)).toEqual(["证券、期货投资咨询"]);
  });
});
