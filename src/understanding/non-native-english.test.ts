import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("English as non-native speakers write it in a work group", () => {
  it("reads 'the catch' as the notes, and 'what must I add' as the category a note sends the asker to", async () => {
    const catchOf = await service.answer("so what's the catch with the private fund category?");
    expect(catchOf.parts.details.join("\n")).toContain("Notes for");
    const add = await service.answer("what must we add for social live?");
    expect(add.parts.details.join("\n")).toContain("时政信息");
  });

  it("reads a personal subject in the literal translations of 个人认证", async () => {
    for (const question of ["our miniprogram do personal authentication, live ok?", "account is individual type, we can stream?"]) {
      expect((await service.answer(question)).method, question).toBe("unsupported");
    }
  });

  it("reads a hyphened personal certification as the personal subject, of a client's program after the asker's own", async () => {
    expect((await service.answer("is an individual-certified miniprogram able to livestream?")).method).toBe("unsupported");
    const own = await service.answer("we are government body miniprogram, live ok?");
    expect(own.method).toBe("native");
    expect((await service.answer("my customer miniprogram is personal-verified, they can live?", own.conversation)).method).toBe("unsupported");
  });

  it("reads registering a company, with no article, as leaving the personal subject", async () => {
    const personal = await service.answer("we are personal developer, live with plugin ok?");
    expect(personal.method).toBe("unsupported");
    const company = await service.answer("if we register company and pick ecommerce category?", personal.conversation);
    expect(company.method).toBe("plugin");
  });

  it("reads 'and social live?' after a review question as asking the review again: 'live' in the name asks no method", async () => {
    const review = await service.answer("bank review need how many days");
    const social = await service.answer("and social live?", review.conversation);
    expect(social.answer).toContain("7 days");
  });

  it("reads 'X is government subject or not?' as asking it, not saying it", async () => {
    const answer = await service.answer("we are state school, school is government subject or not?");
    expect(answer.subject).toBeNull();
    expect(answer.method).toBe("plugin");
  });

  it("reads 'consult' as the consulting the document points to its own category", async () => {
    const answer = await service.answer("futures company just do consult online, choose what category?");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["证券、期货投资咨询"]);
  });

  it("reads what is asked in its everyday words: notice, need what, misspelt category, a monthly price, a beauty filter", async () => {
    expect((await service.answer("private fund live have any notice?")).answer).toContain("Notes for");
    expect((await service.answer("trust can live? need what")).answer).toContain("Qualifications for");
    expect((await service.answer("which catagory can use live-pusher, give list")).kind).toBe("list");
    expect((await service.answer("cloud live plugin how much per month")).answer).toContain("does not cover fees");
    expect((await service.answer("live-pusher beauty filter how to open")).answer).toContain("does not cover implementation details");
  });
});

describe("a choosing verb right before a category named, in English", () => {
  it("asks whether that category fits: its scope, and no choice made for the asker", async () => {
    for (const question of ["Should we select the trust category for our mini program?", "can we pick the securities investment consulting category?"]) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toMatch(/Scope of/u);
      expect(answer.answer, question).not.toMatch(/For the scenario you describe/u);
    }
  });
});

describe("a category named after 'like' at the end of an English clause, another category asked", () => {
  it("is what the other is measured against, not a second category answered", async () => {
    const answer = await service.answer("Does the trust category need a long review? Someone told me it takes a week like social live streaming.");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["信托"]);
    expect(answer.answer).toContain("about 7 days");
  });

  it("is still the category asked when it is the only one named", async () => {
    const answer = await service.answer("We'd like social live streaming, what do we need?");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["直播"]);
  });
});

describe("English words for what the document's scenarios and scopes describe", () => {
  it("finds social live in celebrity and daily-life vlogs, and audio/video equipment in selling cameras", async () => {
    const vlogs = await service.answer("our app will stream daily life vlogs from celebs, is native ok?");
    expect(vlogs.categories.map((category) => category.secondary)).toEqual(["直播"]);
    const shop = await service.answer("we sell cameras and video equipment online, what category is right?");
    expect(shop.categories.map((category) => category.secondary)).toEqual(["音视频设备"]);
    // Tourist sights are travel, the document's none — not "sports" misspelt.
    const sights = await service.answer("Our mini program sells tickets to scenic spots. Can we stream there?");
    expect(sights.answer).not.toMatch(/sports/u);
    expect(sights.answer).toContain("旅游");
  });
});

describe("English ways of asking what a category does not allow", () => {
  it("read as its notes, after the category too", async () => {
    const fund = await service.answer("Is live streaming OK for a private fund app?");
    for (const question of ["what are the limitations?", "what can we not do on stream?"]) {
      expect((await service.answer(question, fund.conversation)).answer, question).toContain("not supported");
    }
  });
});
