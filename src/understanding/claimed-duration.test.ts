import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import { loadCoreData } from "../../test/support/core-data.js";
import type { AnswerService } from "../app/create-answer-service.js";
import { claimedReviewDuration } from "./claimed-duration.js";
import { normalizeQuestion } from "./normalize-question.js";

const { lexicon } = loadCoreData();
const claimed = (question: string) => claimedReviewDuration(normalizeQuestion(question), lexicon);

describe("claimedReviewDuration", () => {
  it("reads the days a question puts in a clause asking the review, in numerals, characters or words", () => {
    expect(claimed("审核大概两周能下来吗")).toEqual({ written: "两周", days: 14, working: false });
    expect(claimed("提审十五天够不够")).toEqual({ written: "十五天", days: 15, working: false });
    expect(claimed("does the approval take 10 days?")).toEqual({ written: "10 days", days: 10, working: false });
  });

  it("reads working days as such", () => {
    expect(claimed("审核是不是10个工作日")).toEqual({ written: "10个工作日", days: 10, working: true });
    expect(claimed("is the review eight business days")).toEqual({ written: "eight business days", days: 8, working: true });
  });

  it("reads no days said of something else", () => {
    expect(claimed("审核要多久?我们下个月3号要开播")).toBeNull();
    expect(claimed("审核多久,我们5天后上线")).toBeNull();
  });
});

describe("a review time the asker puts", () => {
  let service: AnswerService;
  beforeAll(async () => {
    service = await createTestAnswerService();
  });

  it("is corrected in words when the document gives another", async () => {
    expect((await service.answer("社交-直播提审是不是两天就够了")).parts.details.join("\n")).toContain("不是两天:");
    expect((await service.answer("For social live the review is 2 weeks, isn't it?")).parts.details.join("\n")).toContain("Not 2 weeks:");
  });

  it("in working days, is corrected only when it cannot be the document's days counted either way", async () => {
    expect((await service.answer("社交-直播提审得二十个工作日吧")).parts.details.join("\n")).toContain("不是二十个工作日:");
    expect((await service.answer("Social live approval is 2 business days, correct?")).parts.details.join("\n")).toContain("Not 2 business days:");
    // Five working days may be the document's 7 days.
    expect((await service.answer("社交直播审核是不是5个工作日")).parts.details.join("\n")).not.toContain("不是");
  });

  it("is not confirmed in words when it matches: it more often points at the review than asks it", async () => {
    const details = (await service.answer("社交直播那个一周的审核,节假日算不算")).parts.details.join("\n");
    expect(details).toContain("7天左右");
    expect(details).not.toMatch(/是的|不是/u);
  });
});
