import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, readCoreSettings } from "../config/settings.js";
import { parseCorpusDocument } from "../corpus/corpus-document.js";
import { parseRules } from "./load-rules.js";
import { categoryHeading } from "./rules-schema.js";

const settings = readCoreSettings({});
if (!settings.ok) throw new Error(settings.error);
const corpusText = readFileSync(settings.value.corpusFile, "utf8");
const corpus = parseCorpusDocument(corpusText, "corpus");
const rules = parseRules("rules.yaml", readFileSync(settings.value.rulesFile, "utf8"));
if (!corpus.ok || !rules.ok) throw new Error("cannot load corpus or rules");

// 「具备…类目,可(直接)(通过|使用)…进行接入」, at the start of a line.
const accessSentence = /^具备\s*(.+?)\s*类目,可(?:直接)?(?:通过|使用)\s*(.+?)\s*进行接入/;
const methodOf = (text: string) => (text.includes("原生组件") ? "native" : text.includes("云直播插件") ? "plugin" : "unrecognised");

const categorySections = corpus.value.sections.filter((section) => section.secondary !== null);

describe("rules agree with the document", () => {
  it("has one access sentence per category section, and its method matches the rule", () => {
    for (const section of categorySections) {
      const sentences = section.lines.map((line) => accessSentence.exec(line)).filter((match) => match !== null);
      expect(sentences, section.heading).toHaveLength(1);
      const rule = rules.value.categories.find((category) => categoryHeading(category) === section.heading);
      expect(rule, `no rule for heading ${section.heading}`).toBeDefined();
      expect(rule?.method, section.heading).toBe(methodOf(sentences[0]![2]!));
    }
  });

  it("has a heading for every rule", () => {
    const headings = new Set(categorySections.map((section) => section.heading));
    for (const category of rules.value.categories) expect(headings.has(categoryHeading(category)), category.id).toBe(true);
    expect(categorySections).toHaveLength(rules.value.categories.length);
  });

  it("states the combination rule in the section it cites", () => {
    for (const combination of rules.value.combinations) {
      const section = corpus.value.sections.find((candidate) => candidate.heading === combination.section);
      const condition = section?.lines.find((line) => /^若同时具备.+类目,可直接使用/.test(line));
      expect(condition, combination.rule).toBeDefined();
      expect(methodOf(condition!)).toBe(combination.method);
    }
  });

  it("keeps the subject rules in the general notes", () => {
    const notes = corpus.value.sections.find((section) => section.heading === "注意");
    expect(notes?.lines.some((line) => line.startsWith("个人认证的微信小程序暂不支持直播业务"))).toBe(true);
    expect(notes?.lines.some((line) => /政府主体认证的小程序可直接使用微信原生组件标签/.test(line))).toBe(true);
  });

  it("keeps every qualification count the rules cite in the category's own 资质要求 row", () => {
    for (const category of rules.value.categories) {
      const rule = category.qualification?.rule;
      if (!rule) continue;
      const section = categorySections.find((candidate) => candidate.heading === categoryHeading(category));
      const row = section?.lines.filter((line) => line.startsWith("资质要求")).join("") ?? "";
      expect(row, category.id).toContain(rule);
      for (const group of category.qualification?.groups ?? []) expect(row, category.id).toContain(group.rule);
    }
  });

  // CI lays shared/ beside the clone; the seed is the document as received.
  const seedFile = join(projectRoot, "..", "shared", "seed", "000_ff5f8a7ab923942f.txt");
  it.skipIf(!existsSync(seedFile))("transcribes every access sentence of the seed document word for word", () => {
    const seedLines = readFileSync(seedFile, "utf8").split("\n").map((line) => line.trim()).filter((line) => accessSentence.test(line));
    const corpusLines = categorySections.flatMap((section) => section.lines.filter((line) => accessSentence.test(line)));
    expect(seedLines).toHaveLength(25);
    expect(corpusLines).toEqual(seedLines);
  });
});
