import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("a category asked whether it is the only one taking a method", () => {
  it("says it is not, in the whole document, and lists the others without it", async () => {
    const answer = await service.answer("是不是只有多方通信才能用原生组件?");
    expect(answer.parts.verdict).toMatch(/^不是只有「IT 科技-多方通信」/u);
    expect(answer.parts.details[0]).toContain("(18 个)");
    expect(answer.answer).not.toContain("已按你说的除去");
    const english = await service.answer("Is multi-party communication the only category allowed to use live-player?");
    expect(english.answer).toMatch(/^No, not only/u);
  });

  it("says whether it is within the group named beside it", async () => {
    const only = await service.answer("教育这一块,只有在线视频课程类目才能走原生标签吗");
    expect(only.answer).toMatch(/^是的,「教育」下只有「教育-在线视频课程」/u);
    const notOnly = await service.answer("医疗类是不是只有公立医疗机构才可以用原生");
    expect(notOnly.answer).toMatch(/^不是只有「医疗-公立医疗机构」/u);
    expect(notOnly.answer).toContain("「医疗-互联网医院」");
  });

  it("is asked of the group, not of the topic's category in it, after a turn on that category", async () => {
    const school = await service.answer("学历教育学校这个类目走原生还是插件");
    const only = await service.answer("那教育类里是不是只有在线视频课程能用原生", school.conversation);
    expect(only.answer).toMatch(/^是的,「教育」下只有/u);
    const others = await service.answer("教育类里除了在线视频课程还有哪个能用原生", school.conversation);
    expect(others.categories.map((category) => category.secondary)).toContain("驾校平台");
  });

  it("leaves the category asked about as the topic, not the group's others shown beside it", async () => {
    const only = await service.answer("医疗类是不是只有互联网医院才可以用原生");
    const rows = await service.answer("那它的适用范围呢", only.conversation);
    expect(rows.categories.map((category) => category.secondary)).toEqual(["互联网医院"]);
  });

  it("is not read into what the asker says it holds only", async () => {
    const held = await service.answer("我们只有电商平台类目,能用原生吗");
    expect([held.kind, held.method]).toEqual(["verdict", "plugin"]);
    const english = await service.answer("Can we use live-player with only the e-commerce platform category?");
    expect([english.kind, english.method]).toEqual(["verdict", "plugin"]);
  });
});
