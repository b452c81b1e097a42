import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

const notListed = /找不到与你们所说业务对应的类目/u;

describe("a business described in words the document lacks, with nothing asked", () => {
  it("is told the document names no category for it, not that the question is outside the document", async () => {
    const answer = await service.answer("咱家是开面包店的");
    expect(answer.answer).toMatch(notListed);
    expect(answer.answer).not.toContain("这个问题不在");
  });
});

describe("a follow-up asking which category, or how to stream, after such a business", () => {
  it("is answered about that business again, not asked to describe it", async () => {
    const bakery = await service.answer("咱家是开面包店的");
    const which = await service.answer("那选什么类目好", bakery.conversation);
    expect(which.answer).toMatch(notListed);
    const how = await service.answer("要怎么接入", which.conversation);
    expect(how.answer).toMatch(notListed);
  });

  it("gives way to a category named next", async () => {
    const bakery = await service.answer("咱家是开面包店的");
    const named = await service.answer("那社交直播类目呢", bakery.conversation);
    expect(named.categories.map((category) => category.secondary)).toEqual(["直播"]);
    expect(named.answer).not.toMatch(notListed);
  });
});

describe("lotteries and religion, which the document names nowhere", () => {
  it("are said not to be among its categories, each by its own name, also one after another", async () => {
    const lottery = await service.answer("福彩开奖的直播能在小程序上搞吗");
    expect(lottery.answer).toContain("(即「彩票」)不在本文档开放直播的服务类目中");
    const sports = await service.answer("健身房能直播吗");
    const temple = await service.answer("那寺院呢", sports.conversation);
    expect(temple.answer).toContain("(即「宗教」)不在本文档开放直播的服务类目中");
    expect(temple.answer).not.toContain("「体育」");
  });
});

describe("the asker saying what it is instead of one of the candidates answered", () => {
  it("is that business, not the other candidate", async () => {
    const hospital = await service.answer("医院的小程序可以开直播不");
    const clinic = await service.answer("我们其实是口腔诊所,不是公立医院", hospital.conversation);
    expect(clinic.categories).toEqual([]);
    expect(clinic.answer).toContain("「口腔诊所」不在本文档开放直播的服务类目中");
  });
});

describe("a business the document does not list, said with a word of another category's scope", () => {
  it("is answered as that business, the scope word naming no category", async () => {
    for (const question of ["我们家是做家政的 有线下门店 能开直播吗", "我们是做洗车的,有线下门店,小程序想直播"]) {
      const answer = await service.answer(question);
      expect(answer.categories, question).toEqual([]);
      expect(answer.answer, question).toContain("不在本文档开放直播的");
    }
    // Said by a business the document lists, the scope word still describes it.
    const training = await service.answer("我们是做课外辅导的,有线下门店,直播用什么");
    expect(training.categories.map((category) => category.secondary)).toEqual(["学历教育(培训机构) - 职业培训/课外辅导"]);
  });
});

describe("a shopping centre or a restaurant that asks which category", () => {
  it("hears the document lists none for it, not a passage that shares a word of its plans", async () => {
    for (const question of ["购物中心店庆要办活动,想用小程序直播,选哪个类目", "我们商场五一要办营销活动 想直播 类目选哪个"]) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toMatch(notListed);
      expect(answer.answer, question).not.toContain("房地产营销");
    }
  });
});

describe("a business the document does not list, streaming a kind of teaching", () => {
  it("is told the business is not listed, with the teaching category as a reference, not asked which education category it holds", async () => {
    for (const question of ["我们是做家政服务的,想直播培训保洁员,小程序用什么类目", "我们是连锁酒店,打算直播新员工培训,类目咋选"]) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toContain("不在本文档开放直播的服务类目中");
      expect(answer.answer, question).toContain("按场景可参考「教育-在线视频课程」");
      expect(answer.answer, question).not.toContain("请确认你的小程序具备哪一个");
    }
  });
});

describe("a single seller in words of one brand, one shop or its own harvest", () => {
  it("hears that 电商平台's scope is for platforms of many sellers", async () => {
    for (const question of ["我们就一个店,小程序卖蛋糕,想直播,电商平台行吗", "茶园自己种自己卖,想直播卖茶叶,用电商平台类目对吗"]) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toContain("商家自营");
    }
  });
});
