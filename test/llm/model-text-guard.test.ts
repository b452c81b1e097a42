import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/llm/guard/split-sentences.js";
import { faithfulParaphrases, guardCases } from "./guard-cases.js";
import { guard, requestFor } from "./guard-scenarios.js";

describe("the model-text guard's table", () => {
  it("holds at least 80 model texts, at least 20 of them faithful paraphrases", () => {
    expect(guardCases.length).toBeGreaterThanOrEqual(80);
    expect(faithfulParaphrases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(guardCases.map((entry) => [entry.says, entry] as const))("%s", (_says, entry) => {
    const report = guard.check(entry.text, requestFor(entry.scenario));
    const expected = entry.kept === "all" ? splitSentences(entry.text).map((sentence) => sentence.text) : entry.kept;
    const kept = report.sentences.filter((sentence) => sentence.kept).map((sentence) => sentence.text);
    const why = report.sentences.filter((sentence) => !sentence.kept).map((sentence) => ("reason" in sentence ? `${sentence.reason}: ${sentence.text.slice(0, 60)}` : ""));
    expect({ kept, why: kept.length === expected.length ? [] : why }).toEqual({ kept: [...expected], why: [] });
    expect(report.status).toBe(expected.length === 0 ? "rejected" : kept.length === report.sentences.length ? "passed" : "partial");
  });
});
