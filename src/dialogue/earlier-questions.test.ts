import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import { loadCoreData } from "../../test/support/core-data.js";
import type { AnswerService } from "../app/create-answer-service.js";
import { askedQuestionsOf, earlierQuestionPointedAt } from "./earlier-questions.js";

const { lexicon } = loadCoreData();
let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("the questions of one message", () => {
  it("are its numbered items, its sentences closed by a question mark, or its clauses that ask with what they tell before them", () => {
    expect(askedQuestionsOf("1)公募基金怎么接入 2)保险几选一", lexicon)).toEqual(["1)公募基金怎么接入", "2)保险几选一"]);
    expect(askedQuestionsOf("驾校培训能直播吗?顺便问下房地产营销有什么限制?", lexicon)).toEqual(["驾校培训能直播吗?", "顺便问下房地产营销有什么限制?"]);
    expect(askedQuestionsOf("我们是做企业征信的,用什么接入,审核要几天", lexicon)).toEqual(["我们是做企业征信的,用什么接入", "审核要几天"]);
  });

  it("are pointed at by their place in the latest message that asked several, with what the new message adds", () => {
    expect(earlierQuestionPointedAt("第2问展开讲讲", ["消费金融能直播吗", "银行用啥接入,信托审核多久"], lexicon)).toEqual({ question: "信托审核多久", besides: "展开讲讲" });
    expect(earlierQuestionPointedAt("第一个问题的注意事项呢", ["银行用啥接入,信托审核多久", "信托审核多久"], lexicon)).toEqual({ question: "银行用啥接入", besides: "注意事项呢" });
    // No such place, or no earlier message of several questions.
    expect(earlierQuestionPointedAt("第三个问题呢", ["银行用啥接入,信托审核多久"], lexicon)).toBeNull();
    expect(earlierQuestionPointedAt("第二个问题呢", ["银行能直播吗"], lexicon)).toBeNull();
  });
});

describe("a follow-up pointing at a question of the asker's earlier message by its place", () => {
  it("answers that question on its own, with what the follow-up asks of it", async () => {
    const both = await service.answer("保险走哪种接入方式,驾校平台资质要几个");
    const second = await service.answer("第二个问题再展开说说", both.conversation);
    expect(second.categories.map((category) => category.secondary)).toEqual(["驾校平台"]);
    expect(second.answer).toContain("需同时提供");
    const first = await service.answer("第一个问题的适用范围呢", second.conversation);
    expect(first.categories.map((category) => category.secondary)).toEqual(["保险"]);
    expect(first.answer).toContain("适用范围");
    // The categories that message asked of are still the ones a place points into.
    const other = await service.answer("那第二个的审核时间呢", first.conversation);
    expect(other.categories.map((category) => category.secondary)).toEqual(["驾校平台"]);
  });
});
