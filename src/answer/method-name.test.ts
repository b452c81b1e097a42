import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("what the document calls an access method, asked with no category", () => {
  it("is answered in the document's own words, with a line of it that writes them", async () => {
    const plugin = await service.answer("那个云直播插件全称是啥");
    expect(plugin.parts.verdict).toBe("文档里的直播插件写作「小程序·云直播插件」。");
    expect(plugin.citations.some((citation) => citation.quote.includes("小程序·云直播插件"))).toBe(true);
    const tags = await service.answer("原生的是什么标签来着");
    expect(tags.parts.verdict).toBe("文档里的原生组件是两个标签:<live-pusher><live-player>。");
    expect((await service.answer("What are the native tags called?")).parts.verdict).toContain("<live-pusher><live-player>");
  });

  it("keeps the conversation's category: asked of the plugin's name midway, a follow-up still asks about it", async () => {
    const first = await service.answer("教育平台能直播吗");
    const name = await service.answer("插件叫什么名字", first.conversation);
    const next = await service.answer("那资质呢", name.conversation);
    expect(next.categories.map((category) => category.secondary)).toEqual(["教育平台"]);
  });
});
