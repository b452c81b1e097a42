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

describe("a follow-up that only does what a held category's note sends elsewhere", () => {
  it("quotes that note as the reason for the move, in either language, not when the category is named outright", async () => {
    const advice = "建议选【金融业-证券/期货投资咨询】类目";
    const futures = await service.answer("期货公司的小程序想开直播");
    expect((await service.answer("我们就做投顾,不碰交易", futures.conversation)).answer).toContain(advice);
    const english = await service.answer("Is live streaming allowed for a brokerage's mini program?");
    expect((await service.answer("and if we just give investment advice?", english.conversation)).answer).toContain("it is recommended to select");
    const named = await service.answer("那证券、期货投资咨询类目审核多久", futures.conversation);
    expect(named.answer).not.toContain(advice);
  });
});

describe("a category asked for an activity its held category's note does not allow", () => {
  it("is not pointed back to the held category: the note is quoted and the document names no other", async () => {
    const { templates } = service.dependencies;
    const fund = await service.answer("我们私募基金类目的小程序要是打算让用户直播间里直接在线交易,该改成什么类目");
    expect(fund.answer).not.toContain("对应的类目是「金融业-私募基金」");
    expect(fund.answer).toContain(templates.zh.line.chooseDeniedInNote.replace("「{category}」", "「金融业-私募基金」"));
    expect(fund.answer).toContain("暂不支持涉及私募产品公开募集或在线交易");
    // What the asker does now still finds its category, the note limiting a part of it.
    expect((await service.answer("楼盘直播卖房该选哪个类目")).answer).toContain("对应的类目是「房地产服务-房地产营销」");
  });
});
