import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

const held = async (question: string) => {
  const answer = await service.answer(question);
  return { method: answer.method, categories: answer.categories.map((category) => category.secondary), text: answer.answer };
};

describe("what the asker means to stream, beside what it holds", () => {
  it("reads English words for what is streamed as a scenario, which a category named beside it outweighs", async () => {
    const school = await held("Our cram school has physical classrooms; for live lessons, which method?");
    expect(school.method).toBe("plugin");
    expect(school.categories).toEqual(["学历教育(培训机构) - 职业培训/课外辅导"]);
    expect((await held("Is a webinar allowed to use live-pusher?")).method).toBe("native");
  });

  it("reads live selling in English as what is streamed, as 直播带货 is: an unlisted business named beside it decides", async () => {
    const ownBrand = await held("Our single-brand store wants to do live selling; which category?");
    expect(ownBrand.method).toBe("unsupported");
    expect(ownBrand.text).toContain("商家自营");
    expect((await held("Could our mini program host live shopping?")).categories).toEqual(["电商平台"]);
  });

  it("reads teaching online in English as online courses, and after-school tutoring as a training institution", async () => {
    expect((await held("We only teach online, no offline classrooms. Which category?")).categories).toEqual(["在线视频课程"]);
    // Denying what a category's scope requires (its offline classrooms) takes it out, whichever name of it was said; its
    // scope says why.
    const online = await held("我们是补习班,全部在线上授课,没有线下教室,该选哪个类目");
    expect(online.categories).toEqual(["在线视频课程"]);
    expect(online.text).toContain("有线下教学场景");
    // Another name of the same category denied is no scope fact ("是保险中介,不是保险公司").
    expect((await held("是保险中介,不是保险公司")).categories).toEqual(["保险"]);
    // Lessons sold online are what a driving school named beside them streams.
    expect((await held("One driving school here, we sell paid online lessons; which category?")).categories).toEqual(["驾校培训"]);
    expect((await held("Our after-school tutoring centre wants to stream")).categories).toEqual(["学历教育(培训机构) - 职业培训/课外辅导"]);
  });

  it("keeps the verdict of the category held when the asker only wants to stream what another category names", async () => {
    const star = await held("我们小程序是电商平台类目,打算搞个明星直播,原生标签能用吗");
    expect(star.method).toBe("plugin");
    expect(star.categories).toEqual(["电商平台"]);
    // The wanted streams are pointed to by their category's scenario, with its own method.
    expect(star.text).toContain("按场景可参考「社交-直播」");

    const course = await held("类目是驾校平台,准备开展在线教育直播,能不能用 live-pusher");
    expect(course.method).toBe("plugin");
    expect(course.categories).toEqual(["驾校平台"]);

    const english = await held("We already hold the e-commerce platform category and plan to host online course streams. Can we use live-pusher?");
    expect(english.method).toBe("plugin");
    expect(english.categories).toEqual(["电商平台"]);
  });

  it("points to the intended streams' category even when it shares the held one's method or group", async () => {
    const sameMethod = await held("类目是公募基金,打算搞个宠物直播,原生组件能用吗");
    expect([sameMethod.method, sameMethod.categories]).toEqual(["native", ["公募基金"]]);
    expect(sameMethod.text).toContain("按场景可参考「社交-直播」");
    const sameGroup = await held("我们是驾校平台类目,准备做网课直播");
    expect([sameGroup.method, sameGroup.categories]).toEqual(["plugin", ["驾校平台"]]);
    expect(sameGroup.text).toContain("按场景可参考「教育-在线视频课程」");
  });

  it("still answers for the category an intent word names when the asker names nothing else", async () => {
    const alone = await held("想做个宠物直播,小程序能用原生组件吗");
    expect(alone.method).toBe("native");
    expect(alone.categories).toEqual(["直播"]);
  });

  it("holds what the asker says it holds, whatever it means to stream", async () => {
    const both = await held("我们有电商平台和社交直播两个类目,想做带货直播,能用原生吗");
    expect(both.method).toBe("native");
    expect(both.categories).toEqual(["电商平台", "直播"]);
  });

  it("reads a plain verb of doing before a stream's name as the stream meant, once a held category is named", async () => {
    const variety = await held("类目是电商平台,下周搞个才艺直播,原生标签行不行");
    expect([variety.method, variety.categories]).toEqual(["plugin", ["电商平台"]]);
    const lessons = await held("我们是驾校平台,开个培训直播可以吗");
    expect([lessons.method, lessons.categories]).toEqual(["plugin", ["驾校平台"]]);
  });

  it("still holds a stream's name the asker says it is, with a copula or a trailing 的", async () => {
    const business = await held("我们是做社交直播的,另外也有电商平台类目,原生组件能用吗");
    expect([business.method, [...business.categories].sort()]).toEqual(["native", ["电商平台", "直播"].sort()]);
    const also = await held("我们是电商平台,也做社交直播的,原生组件能用吗");
    expect(also.method).toBe("native");
  });
});

describe("a tutor that says it no longer teaches offline, in words of its classes or campus", () => {
  it("is not the training institution its scope's offline teaching describes", async () => {
    for (const question of ["我们是补习班,已经没有线下课程了,选哪个类目直播", "做职业培训的,线下校区都关了,没有线下校区了,直播用什么"]) {
      const answer = await service.answer(question);
      expect(answer.categories.map((category) => category.secondary), question).not.toContain("学历教育(培训机构) - 职业培训/课外辅导");
      expect(answer.answer, question).toContain("与「教育-学历教育(培训机构) - 职业培训/课外辅导」的适用范围不符");
    }
  });
});

describe("a follow-up after the answer pointed away from a category the asker does not fit", () => {
  it("is answered for the category pointed to", async () => {
    const first = await service.answer("我们做职业技能辅导,全部线上,没有实体教室");
    for (const next of ["那该选哪个类目", "接入方式是什么"]) {
      const answer = await service.answer(next, first.conversation);
      expect(answer.categories.map((category) => category.secondary), next).toEqual(["在线视频课程"]);
    }
  });
});
