import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("categories weighed against each other", () => {
  it("stay the topic, still weighed, and a follow-up answers each of them", async () => {
    const { templates } = service.dependencies;
    const first = await service.answer("信托和驾校平台各自怎么接入直播");
    expect(first.parts.verdict).toBe(templates.zh.verdict.alternatives);
    const followUp = await service.answer("那资质要几选一", first.conversation);
    expect(followUp.parts.verdict).toBe(templates.zh.verdict.alternatives);
    const details = followUp.parts.details.join("\n");
    expect(details).toContain("「金融业-信托」资质要求");
    expect(details).toContain("「教育-驾校平台」资质要求");
    expect(details).toContain("接上文");
    // Neither is said to be held: no verdict of holding both (信托's native tags do not come with 驾校平台).
    expect(followUp.method).toBe("unknown");
  });

  it("give way to one of them named on its own", async () => {
    const first = await service.answer("信托和驾校平台各自怎么接入直播");
    const one = await service.answer("那驾校平台呢", first.conversation);
    expect(one.method).toBe("plugin");
    expect(one.categories.map((category) => category.secondary)).toEqual(["驾校平台"]);
  });
});
