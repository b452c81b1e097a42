import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

const otherProductLine = "文档没有讲其他平台";

describe("another product named beside the asker's own mini program", () => {
  it("reads a product the asker's program is only likened to as no question about that product", async () => {
    const shaped = await service.answer("想搞一个仿照拼多多的拼单平台小程序,类目是电商平台,原生标签能直接用吗");
    expect(shaped.method).toBe("plugin");
    expect(shaped.answer).not.toContain(otherProductLine);
    const english = await service.answer("Our mini program is a marketplace similar to Taobao, e-commerce platform category. Native tags OK?");
    expect(english.method).toBe("plugin");
  });

  it("answers for the mini program when the asker says what it holds, with the other product as background", async () => {
    const background = await service.answer("快手上我们也在播,不过小程序类目是社交直播,可以用 live-pusher 吗");
    expect(background.method).toBe("native");
    expect(background.categories.map((category) => category.secondary)).toEqual(["直播"]);
  });

  it("still says the document does not cover another product asked about, even for a list of categories", async () => {
    const list = await service.answer("在抖音小程序里直播,得有哪些类目");
    expect(list.kind).toBe("out-of-corpus");
    expect(list.answer).toContain(otherProductLine);
    const named = await service.answer("视频号直播要不要社交直播类目");
    expect(named.kind).toBe("out-of-corpus");
  });
});
