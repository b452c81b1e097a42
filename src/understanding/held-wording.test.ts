import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

const verdictOf = async (question: string) => {
  const answer = await service.answer(question);
  return { method: answer.method, subject: answer.subject, categories: answer.categories.map((category) => category.secondary) };
};

describe("everyday wording of what is held and who holds it", () => {
  it("reads a category still going through review, or not needed, as not held", async () => {
    expect(await verdictOf("我们电商平台已经有了,社交直播那个类目在走审核,现在能上 live-pusher 吗")).toEqual({ method: "plugin", subject: null, categories: ["电商平台"] });
    expect(await verdictOf("听说电商平台无需社交直播也能用原生组件,是吗")).toEqual({ method: "plugin", subject: null, categories: ["电商平台"] });
  });

  it("reads everyday English for unlisted categories, and a mistyped 行 as in 银行", async () => {
    expect((await verdictOf("Our mini game wants to stream matches, allowed?")).method).toBe("unsupported");
    expect((await verdictOf("We cover current affairs; is there a category for live streams?")).method).toBe("unsupported");
    expect(await verdictOf("我们是银航的小程序,能直播吗")).toMatchObject({ method: "native", categories: ["银行"] });
  });

  it("reads a program registered to the asker as an individual, and a provincial government office", async () => {
    expect((await verdictOf("The mini program is registered as an individual; we picked the social live category. Can it stream?")).method).toBe("unsupported");
    expect(await verdictOf("我们是市政府办公厅,小程序想做政策解读直播")).toMatchObject({ method: "native", subject: "government" });
  });
});
