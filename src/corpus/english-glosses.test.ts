import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";
import { englishGlossesSchema } from "./english-glosses.js";
import { scenarioOwnText } from "./section-fields.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

/** Every text of the document an English answer may say in its own words: fields, notes, qualification rows. */
function documentTexts(service: AnswerService): Set<string> {
  const { sections, retriever, rules } = service.dependencies;
  const texts = new Set<string>();
  // A scenario is also said without the sentences its notes write, when pointed to by it (scenarioOwnText).
  for (const fields of sections.values()) [fields.scenario, scenarioOwnText(fields), fields.scope, fields.review, ...fields.notes].forEach((text) => text && texts.add(text));
  const generalNotes = service.lexicon.corpusLabels.notes;
  for (const chunk of retriever.chunks) if (chunk.heading === generalNotes) chunk.lines.forEach((line) => texts.add(line));
  for (const category of rules.categories) {
    const qualification = category.qualification;
    if (!qualification) continue;
    if (qualification.rule && qualification.rule !== "/") texts.add(qualification.rule);
    qualification.items.forEach((item) => texts.add(item));
    for (const group of qualification.groups) [group.who, group.rule].forEach((text) => texts.add(text));
  }
  return texts;
}

describe("English renderings of the document's texts", () => {
  it("has an English rendering for every text of the document an English answer says", () => {
    const { glosses } = service.dependencies;
    const missing = [...documentTexts(service)].filter((text) => !glosses.has(text));
    expect(missing, "add these to corpus/english-glosses.yaml").toEqual([]);
  });

  it("renders only texts the document or the rules still have", () => {
    const texts = documentTexts(service);
    const lines = new Set(service.dependencies.retriever.chunks.flatMap((chunk) => chunk.lines));
    const stale = [...service.dependencies.glosses.keys()].filter((text) => !texts.has(text) && !lines.has(text));
    expect(stale, "remove or fix these in corpus/english-glosses.yaml").toEqual([]);
  });

  it("rejects a text rendered twice, naming the entry", () => {
    const parsed = englishGlossesSchema.safeParse({ glosses: [{ zh: "甲", en: "A" }, { zh: "甲", en: "B" }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["glosses", 1, "zh"]);
  });

  it("answers an English question about a note, a scope and a count in English, and still quotes the Chinese", async () => {
    const review = await service.answer("Social live streaming: how many days does the first review take?");
    expect(review.parts.details.join("\n")).toContain("about 7 days");
    expect(review.parts.sources.some((source) => source.quote.includes("7天左右"))).toBe(true);
    const count = await service.answer("For a public fund, how many of the qualifications do we have to provide?");
    expect(count.parts.details.join("\n")).toContain("choose 1 of 5");
    const scope = await service.answer("What does the bank category cover?");
    expect(scope.parts.details.join("\n")).not.toMatch(/\p{Script=Han}{4}/u);
  });

  it("keeps the document's own words in Chinese answers", async () => {
    const review = await service.answer("社交直播第一次审核几天");
    expect(review.parts.details.join("\n")).toContain("预计审核时长7天左右");
  });
});
