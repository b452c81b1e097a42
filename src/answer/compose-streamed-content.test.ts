import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

const details = async (question: string, previous?: string) => {
  const before = previous === undefined ? undefined : (await service.answer(previous)).conversation;
  return service.answer(question, before);
};

describe("whether some content may be streamed under a category held", () => {
  it("quotes what the category's scenario says is streamed beside its verdict", async () => {
    const answer = await details("公立医疗机构类目能直播义诊活动吗");
    expect(answer.verdictSentence).toContain("公立医疗机构");
    expect(answer.parts.details.join("\n")).toContain("「医疗-公立医疗机构」小程序直播场景:");
  });

  it("quotes a note that speaks of it instead, first, with no other row before it", async () => {
    const answer = await details("私募类目直播的时候能公开募集吗");
    expect(answer.parts.details[0]).toContain("公开募集");
    expect(answer.answer).not.toContain("类目适用范围");
  });

  it("adds no scope beside a scenario that already answers", async () => {
    const answer = await details("房地产营销类目能做线上带看直播吗");
    expect(answer.answer).toContain("在线音视频带看");
    expect(answer.answer).not.toContain("类目适用范围");
  });

  it("carries no row to the next question: a category only a note names gets no missing scenario", async () => {
    const first = await service.answer("企业征信类目能直播征信知识吗");
    const next = await service.answer("个人征信呢", first.conversation);
    expect(next.answer).not.toContain("直播场景");
  });

  it("says the rows do not name content the document has no category for, instead of calling it a missing category", async () => {
    const answer = await details("咱们是社交直播类目,可以播电竞比赛吗");
    expect(answer.answer).toContain("没有提到「电竞」");
    expect(answer.answer).not.toContain("不在本文档开放直播的");
  });

  it("asks a follow-up naming only such content of the category talked about", async () => {
    const answer = await details("能不能播手游", "我们挂的是电商平台");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
    expect(answer.answer).toContain("没有提到「手游」");
  });

  it("says nothing is missing when the rows name it under the rules' name for it", async () => {
    const answer = await details("社交直播类目能播时政新闻吗");
    expect(answer.answer).toContain("时政信息");
    expect(answer.answer).not.toContain("没有提到");
  });

  it("adds no rows to a question that streams nothing in particular, or asks a near-by topic", async () => {
    expect((await details("消费金融能直播吗")).parts.details).toEqual([]);
    expect((await details("推流卡顿怎么解决", "我们挂的是电商平台")).answer).not.toContain("类目适用范围");
  });
});
