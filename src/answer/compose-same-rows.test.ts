import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

const details = async (question: string) => (await service.answer(question)).parts.details;

describe("whether two categories' row is the same, asked", () => {
  it("says so in words, by the count however it is written, and that items alike cannot be told where they did not survive", async () => {
    expect(await details("信托跟银行的资质数量是一样的吗")).toContain(
      "「金融业-信托」和「金融业-银行」的资质要求写法一样,都是「2选1」;具体条目原文没有保留下来,要的材料是否相同无法比较。",
    );
    expect((await details("信托跟银行的资质数量是一样的吗")).join("\n")).not.toContain("资质要求相同");
    expect(await details("银行和私募基金的资质要求有啥区别")).toContain("不一样:「金融业-银行」和「金融业-私募基金」的资质要求不同,各自如下。");
  });

  it("says they cannot be compared where the document gives the row of only some, or of none", async () => {
    expect(await details("电商平台和社交直播审核时长一样不")).toContain("没法比:文档写了「社交-直播」的审核时长,没有写「电商平台」的。");
    expect((await details("Do banks and trusts have the same review time?")).join("\n")).toMatch(/^They cannot be compared: the document gives no review time/mu);
  });

  it("says nothing of a count alike whose options the document words differently, nor when which to choose is asked", async () => {
    expect((await details("电商平台和银行的资质几选几相同吗")).join("\n")).not.toMatch(/一样|没法比/u);
    expect((await details("理财小程序选银行还是信托比较合适")).join("\n")).not.toMatch(/一样|没法比/u);
  });

  it("weighs the method the question names, not a row word in its background", async () => {
    expect((await details("群里说要看类目资质。在线视频课程跟职业培训接入方式有啥区别")).join("\n")).not.toMatch(/^(一样|不一样|没法比)/mu);
  });

  it("reads an English question whether one is the same as the other as asked, not as a claim", async () => {
    const answer = await service.answer("is the scope for banks the same as for trusts?");
    expect(answer.parts.remarks.join("\n")).not.toMatch(/differs from the document/u);
    expect(answer.parts.details[0]).toMatch(/^Not the same:/u);
  });
});

describe("whether another category is the same, asked right after one category's row", () => {
  it("weighs the one named against the category talked about, on the row asked before", async () => {
    const scenario = await service.answer("多方通信能直播啥场景");
    const same = await service.answer("那跟音视频设备的一样不", scenario.conversation);
    expect(same.categories.map((category) => category.secondary).sort()).toEqual(["多方通信", "音视频设备"]);
    expect(same.answer).toContain("直播场景相同");
    const count = await service.answer("公募基金的资质几选一");
    const trust = await service.answer("和信托一样吗?", count.conversation);
    expect(trust.categories.map((category) => category.secondary).sort()).toEqual(["信托", "公募基金"]);
    expect(trust.answer).not.toContain("写法一样");
    expect(trust.conversation.categories).toEqual(count.conversation.categories);
  });
});

describe("whether two rows of one category are the same, asked", () => {
  it("says they are written alike or not", async () => {
    expect(await details("学历教育(学校)的直播场景跟适用范围写的相同吗")).toContain("一样:「教育-学历教育(学校)」的适用范围和直播场景写的相同。");
    expect((await details("Are the trust category's scope and scenario the same?")).join("\n")).toMatch(/^Not the same: the scope and the live-streaming scenario of 「金融业-信托/mu);
  });
});

describe("which of two categories named to choose", () => {
  it("is told them apart by their scopes and notes, as a question of their difference is", async () => {
    const answer = await service.answer("信托跟私募基金这俩咋选啊");
    const details = answer.parts.details.join("\n");
    expect(details).toContain("「金融业-信托」类目适用范围");
    expect(details).toContain("「金融业-私募基金」类目适用范围");
    expect(details).toContain("暂不支持涉及私募产品公开募集");
    // Which is easier to get is not told apart by scope: the document ranks none.
    const ease = await service.answer("信托和私募基金哪个类目好申请");
    expect(ease.parts.details.join("\n")).not.toContain("类目适用范围");
  });
});
