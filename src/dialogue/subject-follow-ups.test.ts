import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("a subject asked about, then a category asked whether it is needed", () => {
  it("keeps the program's subject: a government program uses the native tags whatever the category", async () => {
    const first = await service.answer("区里的政务小程序想搞直播,用原生组件行吗");
    expect(first.subject).toBe("government");
    const needed = await service.answer("那还需不需要先申请个社交直播类目", first.conversation);
    expect([needed.method, needed.subject]).toEqual(["native", "government"]);
    const english = await service.answer("Can a government-run mini program stream?");
    const englishNeeded = await service.answer("do we need the education platform category for that?", english.conversation);
    expect([englishNeeded.method, englishNeeded.subject]).toEqual(["native", "government"]);
  });

  it("reads a category whose need is asked as not held", async () => {
    const asked = await service.answer("电商平台需要社交直播类目吗");
    expect(asked.method).toBe("plugin");
    expect(asked.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
  });
});
