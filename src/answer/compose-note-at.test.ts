import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("a note pointed at by its place after a category's notes were given", () => {
  it("is that note alone, quoted, by 第N条, 第N个, 最后一条 or 'the Nth note'", async () => {
    const notes = await service.answer("社交直播类目要注意点啥");
    const second = await service.answer("第2条呢?", notes.conversation);
    expect(second.answer).toContain("「社交-直播」注意的第 2 条:选择该类目后首次提交代码审核");
    expect(second.answer).not.toContain("时政信息");
    const first = await service.answer("第一个啥意思", notes.conversation);
    expect(first.answer).toContain("「社交-直播」注意的第 1 条:如提供时政信息服务");
    const platform = await service.answer("电商平台有什么要注意的");
    const last = await service.answer("最后一条呢", platform.conversation);
    expect(last.answer).toContain("催情");
    expect(last.answer).not.toContain("医疗器械");
    const english = await service.answer("any notes on the e-commerce platform category?");
    expect((await service.answer("and the first note?", english.conversation)).answer).toContain("Note 1 for 「电商平台 (E-commerce platform)」");
  });

  it("says how many notes there are when the place is beyond them", async () => {
    const notes = await service.answer("电商平台注意事项有哪些");
    const beyond = await service.answer("第五条呢", notes.conversation);
    expect(beyond.answer).toContain("文档为「电商平台」列出的注意事项只有 2 条");
  });
});

describe("a group of categories asked about as a note names it", () => {
  it("quotes the note that names the group and says it does not say which of its categories", async () => {
    const { templates } = service.dependencies;
    const unnamed = templates.zh.line.noteGroupUnnamed.split("{")[0]!;
    const which = await service.answer("注意里那个需补充的医疗相关类目,到底指哪一个");
    expect(which.answer).toContain(unnamed);
    expect(which.parts.sources.some((source) => source.quote.includes("需补充医疗相关类目"))).toBe(true);
    const english = await service.answer("The e-commerce note mentions a medical-related category. Which one is it?");
    expect(english.answer).toContain("does not say which one");
    // The group asked about plainly is no note's group.
    const plain = await service.answer("医疗类目有哪些");
    expect(plain.answer).not.toContain(unnamed);
  });
});

describe("whether something counts as what a note names", () => {
  it("quotes the note and says the document does not define what falls under it", async () => {
    const line = service.dependencies.templates.zh.line.noteCountsNotSaid;
    for (const question of ["直播间卖成人用品算违法违规商品吗", "主播点评时事新闻算不算时政信息服务"]) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toContain(line);
      expect(answer.parts.sources.some((source) => source.quote.startsWith("注意")), question).toBe(true);
    }
    // A subject counted as another is no note's: its own answer says what the document does not define.
    expect((await service.answer("国企算政府主体吗")).answer).not.toContain(line);
    // Nor is a weekend counted in the review time, a near-by topic with its own line.
    expect((await service.answer("社交直播那7天审核,周末算在里面吗")).answer).not.toContain(line);
  });
});

describe("a note pointed at by its words, asked of a category it is not written for", () => {
  it("says which category the note is under and that the one asked about has no such note", async () => {
    const answer = await service.answer("不支持公开募集那条规定,信托也要遵守吗");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["信托"]);
    expect(answer.answer).toMatch(/在「金融业-私募基金」下;文档没有为「金融业-信托」写这一条/u);
    expect(answer.parts.sources.some((source) => source.heading.includes("私募基金"))).toBe(true);
    // Its own notes asked, nothing is pointed elsewhere.
    expect((await service.answer("私募基金有什么注意事项")).answer).not.toContain("文档没有为");
  });
});

describe("after reg148: a group named to be added, asked nothing of which", () => {
  it("gets no line about a note not naming which category", async () => {
    const answer = await service.answer("我们医院想再加个医疗类目,用什么方式接入");
    expect(answer.answer).not.toContain(service.dependencies.templates.zh.line.noteGroupUnnamed.split("{")[0]!);
  });
});

describe("a note pointed at by the category it is written under, asked of another", () => {
  it("answers the other, and says where the note is, in either language", async () => {
    const chinese = await service.answer("电商平台那条规定,社交直播也得遵守?");
    expect(chinese.categories.map((category) => category.secondary)).toEqual(["直播"]);
    expect(chinese.answer).toContain("你说的那条注意事项写在「电商平台」下");
    const english = await service.answer("does the rule about e-commerce platforms also hold for social live?");
    expect(english.categories.map((category) => category.secondary)).toEqual(["直播"]);
    expect(english.answer).toContain("The note you mean is listed under 「电商平台");
  });
});
