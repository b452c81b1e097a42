import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";
import { heardPhraseReader } from "./heard-phrases.js";
import { soundAlikeReader } from "./sound-alike.js";

describe("heardPhraseReader", () => {
  const read = heardPhraseReader(["注意事项", "审核时长"], { soundsAlike: soundAlikeReader({ initials: { zh: "z" }, finals: {} }) });

  it("reads a phrase with one character typed by sound as meant, and says which", () => {
    expect(read("私募的主意事项有啥")).toEqual({ text: "私募的注意事项有啥", heard: ["注意事项"] });
    expect(read("审和时长大概多少")).toEqual({ text: "审核时长大概多少", heard: ["审核时长"] });
  });

  it("reads nothing in a text that spells the phrase right, or misses it by a character of another sound", () => {
    expect(read("有哪些注意事项")).toBeNull();
    expect(read("审核时间多久")).toBeNull(); // 间 sounds nothing like 长
  });
});

describe("words of what is asked, typed by sound, in answers", () => {
  let service: AnswerService;
  beforeAll(async () => {
    service = await createTestAnswerService();
  });

  it("answers the aspect meant and says how the word was read", async () => {
    const notes = await service.answer("私募基金直播有哪些主意事项");
    expect(notes.parts.details.join("\n")).toContain("公开募集");
    expect(notes.answer).toContain("已按「注意事项」理解");
    const review = await service.answer("社交直播审合时长是多少");
    expect(review.answer).toContain("7天左右");
  });

  it("keeps a traditional question's script when it reads such a word", async () => {
    expect((await service.answer("社交直播的審合時間要多久")).answer).toContain("已按「審核時間」理解");
  });
});
