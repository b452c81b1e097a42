import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("a business described only in the words of a category's scope or scenario", () => {
  it("is answered as that category: its method from the rules, the scope line as the evidence, said to be read from the description", async () => {
    const answer = await service.answer("我们主要做公司失信记录查询,能开播吗");
    expect(answer.kind).toBe("verdict");
    expect(answer.method).toBe("native");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["企业征信"]);
    expect(answer.answer).toContain("失信人查询");
    expect(answer.parts.remarks.join("\n")).toContain("根据你的描述");
    // No model was asked: the suggestion is the document's, not a model's.
    expect(answer.llm.suggestedCategories).toBe(false);
  });

  it("stays the topic, so a follow-up asks about it rather than for a category", async () => {
    const first = await service.answer("我们是一家线下补课机构,手上有办学许可证,想在小程序上播课");
    expect(first.method).toBe("plugin");
    const papers = await service.answer("那要准备什么资料", first.conversation);
    expect(papers.kind).toBe("verdict");
    expect(papers.answer).toContain("民办学校办学许可证");
  });

  // One of the businesses a platform hosts is not answered by the platform's category: look-alike-cues.test.ts.

  it("leaves a question about the document's own words a quote, when nothing is said of the asker", async () => {
    expect((await service.answer("帮企业查失信记录算不算征信")).kind).toBe("general");
  });
});

describe("a correction that names nothing but describes one of the topic's categories", () => {
  it("is that category, read from the description, and stays the topic", async () => {
    const first = await service.answer("驾校可以开直播吗");
    const corrected = await service.answer("说错了,我指的是给很多驾校提供入驻的平台", first.conversation);
    expect(corrected.categories.map((category) => category.secondary)).toEqual(["驾校平台"]);
    const next = await service.answer("那资质要求呢", corrected.conversation);
    expect(next.categories.map((category) => category.secondary)).toEqual(["驾校平台"]);
  });

  it("leaves the topic whole when the correction is about what was asked", async () => {
    const first = await service.answer("驾校可以开直播吗");
    const corrected = await service.answer("说错了,我想问的是审核时长", first.conversation);
    expect(corrected.categories.map((category) => category.secondary)).toEqual(["驾校平台", "驾校培训"]);
  });
});
