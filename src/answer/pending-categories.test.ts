import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

const notHeldYet = "目前还不具备";

describe("a category still applied for", () => {
  it("answers of the category once held, and says it is not held yet", async () => {
    const answer = await service.answer("我们信托类目的申请还在审核中,到底能不能直播");
    expect(answer.method).toBe("native");
    expect(answer.parts.remarks.join("\n")).toContain(`${notHeldYet}「金融业-信托」类目`);
    const english = await service.answer("Our driving school platform category is still under review; plugin or native?");
    expect(english.method).toBe("plugin");
    expect(english.parts.remarks.join("\n")).toContain("does not hold 「教育-驾校平台");
  });

  it("reads a later message that names nothing as the topic's category still applied for", async () => {
    const first = await service.answer("我们做的是家长给孩子报课外辅导班的机构小程序");
    const later = await service.answer("不过类目还没批下来", first.conversation);
    expect(later.method).toBe(first.method);
    expect(later.parts.remarks.join("\n")).toContain(notHeldYet);
  });

  it("says nothing of the kind for a plain lack of something else, nor for a category held beside it", async () => {
    const lack = await service.answer("我们有电商平台类目,但是没有什么直播经验,能用插件吗");
    expect(lack.parts.remarks.join("\n")).not.toContain(notHeldYet);
    const both = await service.answer("电商平台有了,社交直播还在审核中,现在能用原生吗");
    expect(both.method).toBe("plugin");
    expect(both.parts.remarks.join("\n")).not.toContain(notHeldYet);
  });
});
