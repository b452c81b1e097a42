import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

const secondaries = (answer: { categories: ReadonlyArray<{ secondary: string }> }) => answer.categories.map((category) => category.secondary);

describe("categories taken away, and what is left", () => {
  it("answers for what is left when the asker takes one of its categories away", async () => {
    const first = await service.answer("小程序目前挂了电商平台、公募基金两个类目");
    const dropped = await service.answer("把公募基金拿掉的话", first.conversation);
    expect([dropped.method, secondaries(dropped)]).toEqual(["plugin", ["电商平台"]]);
    const english = await service.answer("We hold the bank and driving school training categories.");
    const removed = await service.answer("and if we remove bank?", english.conversation);
    expect([removed.method, secondaries(removed)]).toEqual(["plugin", ["驾校培训"]]);
  });

  it("answers without a category supposed added once the asker says it will not add it", async () => {
    const mall = await service.answer("多商户商城的小程序,电商平台类目,直播怎么弄");
    const added = await service.answer("要是把社交直播也加上呢", mall.conversation);
    expect(added.method).toBe("native");
    const notAdded = await service.answer("那先不加社交直播,走哪种", added.conversation);
    expect([notAdded.method, secondaries(notAdded)]).toEqual(["plugin", ["电商平台"]]);
  });

  it("says what decides when the only category named is not held, rather than only asking for one", async () => {
    const answer = await service.answer("删除信托类目之后还能开播吗");
    expect(answer.parts.verdict).toContain("不具备「金融业-信托」时");
  });

  it("reads a lack of qualifications after a category as no lack of the category", async () => {
    const answer = await service.answer("公募基金这边还没有资质,能先申请类目吗");
    expect([answer.method, secondaries(answer)]).toEqual(["native", ["公募基金"]]);
  });

  it("gives each of several categories its method line, however many share a method", async () => {
    const answer = await service.answer("我们有银行、保险、电商平台三个类目");
    for (const name of ["金融业-银行", "金融业-保险", "电商平台"]) expect(answer.parts.details.some((line) => line.includes(name))).toBe(true);
  });
});

describe("a word of removal about something else", () => {
  it("takes away only the name right after it", async () => {
    expect((await service.answer("要去掉水印的社交直播能用原生吗")).method).toBe("native");
    const after = await service.answer("我们有电商平台和社交直播,去掉电商平台的话呢");
    expect(after.categories.map((category) => category.secondary)).toEqual(["直播"]);
  });

  it("reads a category opened, not a stream run, after 开…了 or 开…类目", async () => {
    expect((await service.answer("我们是电商平台,另外开了社交直播类目,原生能用吗")).method).toBe("native");
  });
});

describe("a loss said in English after an opener", () => {
  it("takes the category just added away again", async () => {
    const first = await service.answer("We hold the e-commerce platform category");
    const added = await service.answer("we just got social live approved too", first.conversation);
    expect(added.method).toBe("native");
    const lost = await service.answer("Unfortunately it got revoked yesterday.", added.conversation);
    expect(lost.method).toBe("plugin");
  });
});

describe("a held category supposed not approved", () => {
  it("is answered as not held, and what is held comes back after", async () => {
    const both = await service.answer("我们现在电商平台和社交-直播两个类目都有");
    const refused = await service.answer("假如社交直播那个审核没通过呢", both.conversation);
    expect(refused.method).toBe("plugin");
    expect(refused.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
    expect((await service.answer("那现在呢", refused.conversation)).method).toBe("native");
  });

  it("is answered as not held when supposed refused in English, and held when only supposed submitted", async () => {
    const both = await service.answer("our app holds both the e-commerce platform and the social live categories");
    expect((await service.answer("and if social live gets rejected?", both.conversation)).method).toBe("plugin");
    const held = await service.answer("我们现在电商平台和社交-直播两个类目都有");
    expect((await service.answer("要是社交直播那边提交了代码审核,得多久", held.conversation)).method).toBe("native");
  });

  it("is still held when the supposition asks about the time it will be", async () => {
    const platform = await service.answer("电商平台类目用什么接入");
    const later = await service.answer("如果社交直播下个月才申请,到时候能走原生吗", platform.conversation);
    expect(later.method).toBe("native");
  });
});

describe("a held category supposed still pending", () => {
  it("is not held, while 没过 of time is no refusal", async () => {
    const both = await service.answer("电商平台跟社交直播我们两个都有");
    expect((await service.answer("万一社交直播那边还在排队审核呢", both.conversation)).method).toBe("plugin");
    expect((await service.answer("要是社交直播没过几天就批了呢", both.conversation)).method).toBe("native");
  });
});
