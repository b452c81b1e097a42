import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("a group said as a category the program holds, beside a category named", () => {
  it("is held with it, not outranked as a word of what is streamed", async () => {
    const together = await service.answer("小程序已经有电商平台了,另外还申请了社交类目,可以上live-pusher不");
    expect(together.method).toBe("native");
    expect(together.categories.map((category) => category.secondary)).toEqual(["电商平台", "直播"]);

    const shop = await service.answer("我们做电商平台的");
    const added = await service.answer("准备再加一个教育类目,那样行吗", shop.conversation);
    expect(added.categories.map((category) => category.secondary)).toContain("在线视频课程");
  });

  it("but a group's word for what is streamed still gives way to the category named", async () => {
    const content = await service.answer("我们是电商平台,直播里讲讲金融知识能用原生组件吗");
    expect(content.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
    expect(content.method).toBe("plugin");
  });
});
