import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

const saidNotPlatform = (category: string, language: "zh" | "en" = "zh") => service.dependencies.templates[language].line.notPlatformSaid.replace("{category}", category);

describe("a platform category named by an asker who says it is one business, no platform", () => {
  it("quotes the category's scope and says the document leaves the single business's case open", async () => {
    const shop = await service.answer("我们只是卖茶具的,并非平台,电商平台这个类目我们能选吗");
    expect(shop.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
    expect(shop.answer).toContain("类目适用范围");
    expect(shop.answer).toContain(saidNotPlatform("电商平台"));
    const school = await service.answer("我们驾校就我们一家,没有入驻商家,驾校平台类目可以用吗");
    expect(school.answer).toContain(saidNotPlatform("教育-驾校平台"));
    const english = await service.answer("We're not a marketplace, only one bakery. Is the e-commerce platform category right for us?");
    expect(english.answer).toContain(saidNotPlatform("电商平台 (E-commerce platform)", "en"));
  });

  it("says nothing of it to a platform with no merchants yet, nor to one business asking only whether it can stream", async () => {
    const platform = await service.answer("我们是电商平台,暂时还没有别的商家入驻,可以开直播吗");
    expect(platform.answer).not.toContain(saidNotPlatform("电商平台"));
    const school = await service.answer("我们是驾校,就我们一家,可以直播吗");
    expect(school.answer).not.toContain(saidNotPlatform("教育-驾校平台"));
  });
});
