import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lexiconDataWith, lexiconWith } from "../../../test/support/lexicon-with.js";
import { readCoreSettings } from "../../config/settings.js";
import { parseRules } from "../../rules/load-rules.js";
import { escapeRegExp } from "../../shared/escape-reg-exp.js";
import { backingLines } from "./backing.js";
import { compileGuardVocabulary, defaultLexiconFile, loadGuardVocabulary } from "./load-guard-vocabulary.js";

const settings = readCoreSettings({});
if (!settings.ok) throw new Error(settings.error);
const rules = parseRules("rules.yaml", readFileSync(settings.value.rulesFile, "utf8"));
if (!rules.ok) throw new Error(rules.error);

describe("loading the guard's vocabulary", () => {
  it("reads the repository's lexicon", () => {
    const vocabulary = loadGuardVocabulary(defaultLexiconFile, rules.value);
    expect(vocabulary.ok).toBe(true);
  });

  it("names the file, the path and the fix when a guard list is malformed", () => {
    const vocabulary = loadGuardVocabulary(lexiconWith((data) => (data.guard.negation = "不能")), rules.value);
    expect(vocabulary).toMatchObject({ ok: false });
    if (!vocabulary.ok) expect(vocabulary.error).toMatch(/lexicon\.yaml: guard\.negation: .*\nfix: see the guard section/);
  });

  // The shape patterns' words: a broken entry must stop the start with its place and the fix, not widen or empty a pattern.
  it.each([
    ["messengers given as one word", (guard: Record<string, any>) => (guard.messengers = "微信"), "guard.messengers: Expected array, received string"],
    ["no money units", (guard: Record<string, any>) => delete guard.moneyUnits, "guard.moneyUnits: Required"],
    ["a currency sign of several characters", (guard: Record<string, any>) => guard.currencySymbols.push("US$"), "guard.currencySymbols.5: must be a single character"],
    ["a numeral of two characters", (guard: Record<string, any>) => (guard.chineseNumerals.digits["十一"] = 1), "guard.chineseNumerals.digits.十一: must be a single character"],
    ["a numeral worth more than one digit", (guard: Record<string, any>) => (guard.chineseNumerals.countingDigits["廿"] = 20), "guard.chineseNumerals.countingDigits.廿: Number must be less than or equal to 9"],
    ["no tens character", (guard: Record<string, any>) => delete guard.chineseNumerals.tens, "guard.chineseNumerals.tens: Required"],
    ["a domain ending written with its dot", (guard: Record<string, any>) => guard.domainEndings.push(".ai"), 'guard.domainEndings.25: must be Latin letters and digits (hyphens inside), without the dot: "com", not ".com"'],
    ["no domain endings", (guard: Record<string, any>) => (guard.domainEndings = []), "guard.domainEndings: Array must contain at least 1 element(s)"],
    ["a check mark with its emoji variation selector", (guard: Record<string, any>) => guard.tableMarks.push("✔\uFE0F"), "guard.tableMarks.14: must be a single character"],
    ["no measure-words entry", (guard: Record<string, any>) => delete guard.measureWords, "guard.measureWords: Required"],
    ["no method-verbs entry", (guard: Record<string, any>) => delete guard.methodVerbs, "guard.methodVerbs: Required"],
  ])("names the file, the path and the fix for %s", (_case, change, problem) => {
    // Validated from the data: reading the file is the business of the cases above and below.
    const vocabulary = compileGuardVocabulary(lexiconDataWith((data) => change(data.guard)), "lexicon.yaml", rules.value);
    expect(vocabulary.ok).toBe(false);
    if (!vocabulary.ok) expect(vocabulary.error).toMatch(new RegExp(`lexicon\\.yaml: ${escapeRegExp(problem)}\\nfix: see the guard section`));
  });

  it("names a missing methods section", () => {
    const vocabulary = loadGuardVocabulary(lexiconWith((data) => delete data.methods), rules.value);
    expect(vocabulary.ok).toBe(false);
    if (!vocabulary.ok) expect(vocabulary.error).toMatch(/lexicon\.yaml: methods: Required/);
  });

  it("backs every answer with the notes section the lexicon names, and names a missing label", () => {
    const passages = [
      { heading: "注意", lines: ["个人主体不支持直播。"] },
      { heading: "须知", lines: ["须知里的一行。"] },
    ];
    const sources = { verdictSentence: "结论。", facts: [], passages, allowedCategories: new Set<never>() };
    const shipped = compileGuardVocabulary(lexiconDataWith(() => undefined), "lexicon.yaml", rules.value);
    const renamed = compileGuardVocabulary(lexiconDataWith((data) => (data.corpusLabels.notes = "须知")), "lexicon.yaml", rules.value);
    if (!shipped.ok || !renamed.ok) throw new Error("the lexicon did not compile");
    expect(backingLines(sources, shipped.value)).toEqual(["结论。", "个人主体不支持直播。"]);
    expect(backingLines(sources, renamed.value)).toEqual(["结论。", "须知里的一行。"]);
    const missing = compileGuardVocabulary(lexiconDataWith((data) => delete data.corpusLabels.notes), "lexicon.yaml", rules.value);
    expect(missing).toEqual({ ok: false, error: expect.stringMatching(/^lexicon\.yaml: corpusLabels\.notes: Required\nfix: see corpusLabels in corpus\/lexicon\.yaml/) });
  });

  it("says so in one line when the file is missing", () => {
    const vocabulary = loadGuardVocabulary("/nowhere/lexicon.yaml", rules.value);
    expect(vocabulary).toEqual({ ok: false, error: "/nowhere/lexicon.yaml: (root): cannot read or parse (file not found); fix: restore corpus/lexicon.yaml from git" });
  });
});
