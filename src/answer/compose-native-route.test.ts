import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("the native tags asked for a program whose categories stream only by the plugin", () => {
  it("says the document gives no way for them, which categories may use the tags, and that a category must fit", async () => {
    const answer = await service.answer("我们是课外辅导机构,类目选的课外辅导,要怎么才能用原生组件");
    expect(answer.method).toBe("plugin");
    expect(answer.answer).toContain("文档没有写「教育-学历教育(培训机构) - 职业培训/课外辅导」类目怎样才能改用");
    expect(answer.answer).toContain("教育:「在线视频课程」");
    expect(answer.answer).toContain("所选类目需符合小程序的实际应用场景");
  });

  it("leaves 电商平台 to its own condition, and the plugin asked for to the verdict", async () => {
    const platform = await service.answer("电商平台类目怎样才能用原生组件");
    expect(platform.answer).not.toContain("怎样才能改用");
    expect(platform.answer).toContain("若同时具备「社交-直播」类目");
    const plugin = await service.answer("课外辅导类目怎样才能用直播插件");
    expect(plugin.answer).not.toContain("怎样才能改用");
  });
});
