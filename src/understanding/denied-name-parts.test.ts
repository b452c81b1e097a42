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

  it("denies nothing when the negation is of doing or having, describes something else, or is not said of the asker", async () => {
    const kept = async (topic: string, followUp: string) => (await service.answer(followUp, (await service.answer(topic)).conversation)).categories.map((category) => category.secondary);
    expect(await kept("在线视频课程类目", "能不能不放视频,纯音频讲")).toEqual(["在线视频课程"]);
    expect(await kept("在线视频课程类目", "不是课程,算讲座")).toEqual(["在线视频课程"]);
    expect(await kept("电商平台类目", "不是平台的卖家能入驻吗")).toEqual(["电商平台"]);
    expect(await kept("房地产营销类目", "我们不搞营销,就是带看")).toEqual(["房地产营销"]);
    expect(await kept("电商平台类目", "我们没有平台的资质")).toEqual(["电商平台"]);
  });

  it("keeps the topic when what the asker says it is instead is what the category's section speaks of", async () => {
    const kept = async (topic: string, followUp: string) => (await service.answer(followUp, (await service.answer(topic)).conversation)).categories.map((category) => category.secondary);
    expect(await kept("在线视频课程类目", "我们其实不是课程,是线上讲座")).toEqual(["在线视频课程"]);
    expect(await kept("房地产营销类目", "我们并不是营销类的,就做在线带看")).toEqual(["房地产营销"]);
    expect(await kept("房地产营销类目", "我们不属于营销,主要是线上带看")).toEqual(["房地产营销"]);
    expect(await kept("在线视频课程类目", "我们实际上不是视频类的,是直播")).toEqual(["在线视频课程"]);
    // Said twice over (也不是 holds 不是), the mismatch is said once.
    const platform = await service.answer("电商平台类目");
    const corrected = await service.answer("我们也不是平台,只有自家一个牌子", platform.conversation);
    expect(corrected.answer.match(/适用范围不符/gu)).toHaveLength(1);
  });

  it("rules the topic out on a bare denial too, leaving its scope for the asker to weigh", async () => {
    const platform = await service.answer("电商平台类目可以开直播吗");
    for (const bare of ["其实我们不是平台", "我们也不是平台啊", "we are not a platform!"]) {
      const denied = await service.answer(bare, platform.conversation);
      expect(denied.categories).toEqual([]);
      expect(denied.answer).toMatch(/不是平台」|not a platform/u);
    }
  });

  it("reads no denial in a denial put back as a challenge, the asker claiming the opposite", async () => {
    const platform = await service.answer("电商平台类目要用插件吗");
    for (const challenge of ["谁讲我们不是平台的", "难道我们不是平台?"]) {
      expect((await service.answer(challenge, platform.conversation)).answer, challenge).not.toContain("适用范围不符");
    }
  });

  it("reads English words said instead against the section's English renderings, generic words aside", async () => {
    const kept = async (topic: string, followUp: string) => (await service.answer(followUp, (await service.answer(topic)).conversation)).categories.map((category) => category.secondary);
    expect(await kept("real estate marketing category", "we aren't marketing, we only do property viewings online")).toEqual(["房地产营销"]);
    expect(await kept("在线视频课程类目", "we're not courses, just talks online")).toEqual([]);
  });

  it("says what is left holds only if the program holds it, when a broad name is narrowed in the same message", async () => {
    expect((await service.answer("我们是驾校,但我们不是平台型的,能直播吗")).answer).toContain("可考虑的只剩「教育-驾校培训」");
  });
});
