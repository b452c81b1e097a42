import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("a question written in traditional characters", () => {
  it("is answered in traditional characters, its verdict from the same rules", async () => {
    const answer = await service.answer("我們是駕校平台,直播要用外掛還是原生元件?");
    expect(answer.method).toBe("plugin");
    expect(answer.parts.verdict).toContain("類目需通過");
    expect(answer.answer).toContain("來源");
    expect(answer.language).toBe("zh");
  });

  it("stays in traditional characters for a follow-up typed with characters traditional writers keep as they are (台, 托)", async () => {
    const first = await service.answer("證券類目可以直播嗎");
    const platform = await service.answer("那教育平台呢", first.conversation);
    expect(platform.parts.verdict).toContain("類目需通過");
    const trust = await service.answer("信托呢", platform.conversation);
    expect(trust.parts.verdict).toContain("類目可以使用");
    // A message with a character only simplified text has is answered in simplified ones.
    const simplified = await service.answer("那银行呢", trust.conversation);
    expect(simplified.parts.verdict).toContain("类目可以使用");
  });

  it("keeps the document's quotes among the sources as the document writes them", async () => {
    const answer = await service.answer("社交直播首次審核要幾天?");
    expect(answer.parts.details.join("\n")).toContain("審核時長7天左右");
    // The quoted line in the answer's text is the document's, in simplified characters.
    expect(answer.answer).toContain("预计审核时长7天左右");
  });

  it("leaves an answer to a simplified question in simplified characters", async () => {
    const answer = await service.answer("驾校平台直播要用插件还是原生组件?");
    expect(answer.parts.verdict).toContain("类目需通过");
  });
});

describe("a conversation in traditional characters", () => {
  it("stays in them for a message written alike in both scripts, and leaves them for one in simplified", async () => {
    const first = await service.answer("我們是銀行類目,能直播嗎");
    const alike = await service.answer("政府的呢", first.conversation);
    expect(alike.parts.verdict).toContain("政府主體");
    const simplified = await service.answer("那电商平台呢", alike.conversation);
    expect(simplified.parts.verdict).toContain("类目需通过");
  });
});

describe("a request for the other script or another language", () => {
  it("answers the last question again in the script or language asked, however the request is worded", async () => {
    const first = await service.answer("驾校平台直播要用插件还是原生组件?");
    const traditional = await service.answer("能不能换成繁体再说一遍", first.conversation);
    expect([traditional.method, traditional.parts.verdict.includes("類目需通過")]).toEqual(["plugin", true]);
    const simplified = await service.answer("還是簡體吧", traditional.conversation);
    expect(simplified.parts.verdict).toContain("类目需通过");
    const english = await service.answer("换成英文讲一下", first.conversation);
    expect([english.language, english.method]).toEqual(["en", "plugin"]);
    // A script said of the program is no request.
    expect((await service.answer("我们的小程序页面是繁体字的,驾校平台能直播吗")).parts.verdict).toContain("类目需通过");
  });
});

describe("a request to sum up the last answer", () => {
  it("repeats it, in the script or language asked with it, whatever script the request is written in", async () => {
    const school = await service.answer("學歷教育(學校)類目能用原生組件嗎");
    const summed = await service.answer("麻煩用簡體中文概括一下", school.conversation);
    expect(summed.answer).toContain("「教育-学历教育(学校)」");
    expect(summed.answer).not.toContain("不在《类目申请资质要求》文档的范围内");
    const english = await service.answer("in english, sum it up", school.conversation);
    expect(english.language).toBe("en");
    expect(english.categories.map((category) => category.secondary)).toEqual(["学历教育(学校)"]);
  });
});

describe("a script asked for in a follow-up, as people in Hong Kong ask it", () => {
  it("says the last answer again in that script", async () => {
    for (const request of ["可唔可以用簡體字講多次", "麻煩轉做簡體啦"]) {
      const first = await service.answer("銀行類目可以直播嗎");
      const simplified = await service.answer(request, first.conversation);
      expect(simplified.answer, request).toContain("「金融业-银行」类目可以使用");
    }
  });
});
