import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCoreData } from "../../test/support/core-data.js";
import { projectRoot } from "../config/settings.js";
import { loadEvalCases, turnsOf } from "../eval/eval-case.js";
import { normalizeQuestion } from "../understanding/normalize-question.js";
import { CueIndex } from "./cue-index.js";
import { CueSet } from "./cue-set.js";
import { cueSetsOf } from "./load-lexicon.js";

const { lexicon } = loadCoreData();
const everySet = (): CueSet[] => cueSetsOf(lexicon);

describe("CueIndex", () => {
  it("gives every set of the lexicon the hits, in the order, its own scan gives, for every Q&A question", async () => {
    const cases = await loadEvalCases(join(projectRoot, "test/eval/qa-cases.jsonl"));
    if (!cases.ok) throw new Error(cases.error);
    const questions = [
      ...cases.value.flatMap((evalCase) => turnsOf(evalCase).map((turn) => turn.question)),
      "e-commerce platform, ecommerce, E COMMERCE and <live-pusher> live pusher; qualifications? review-time",
      "2live 3choose1 a-b-c 我们是个人,还没开通社交直播,如果有的话呢",
    ];
    // Differences are collected and compared once: some 37,000 expect() calls took longer than the scans they check.
    const differences: string[] = [];
    for (const question of questions) {
      const { compact, lower } = normalizeQuestion(question);
      const scanned = { compact, lower };
      const alone = { compact, lower };
      lexicon.cueIndex.scan(scanned);
      everySet().forEach((set, index) => {
        const [indexed, own] = [set.find(scanned), set.find(alone)];
        if (JSON.stringify(indexed) !== JSON.stringify(own)) differences.push(`set ${index} find: ${question}: ${JSON.stringify(indexed)} ≠ ${JSON.stringify(own)}`);
        if (set.test(scanned) !== set.test(alone)) differences.push(`set ${index} test: ${question}`);
        if (set.startsText(scanned) !== set.startsText(alone)) differences.push(`set ${index} startsText: ${question}`);
      });
    }
    expect(differences).toEqual([]);
  });

  it("reads English cues only where a word starts, with any ending for a starred cue", () => {
    const set = new CueSet({ zh: ["资质"], en: ["qualif*", "e-commerce", "review time", "<live-pusher>"] });
    const index = new CueIndex([set]);
    const text = { compact: "资质", lower: "requalify? qualifications for ecommerce, review-time and <live-pusher>" };
    index.scan(text);
    expect(set.find(text).map((hit) => [hit.cue, hit.start])).toEqual([
      ["资质", 0],
      ["qualif*", 11],
      ["e-commerce", 30],
      ["review time", 41],
      ["<live-pusher>", 57],
    ]);
  });

  it("reads an English cue that can match nothing at all (\"-\", \"*\") without hanging, indexed or not", () => {
    const text = { compact: "ab", lower: "a - b" };
    const alone = new CueSet({ zh: [], en: ["-", "*"] });
    const indexed = new CueSet({ zh: [], en: ["-", "*"] });
    new CueIndex([indexed]).scan(text);
    expect(indexed.find(text)).toEqual(alone.find(text));
    expect(alone.find(text).length).toBeGreaterThan(0);
    expect(alone.endsText(text)).toBe(true);
  });

  it("keeps each scanned text's hits apart, the last one scanned and those before it", () => {
    const first = new CueSet({ zh: ["审核"], en: [] });
    const second = new CueSet({ zh: ["直播"], en: ["live"] });
    const index = new CueIndex([first, second]);
    const earlier = { compact: "还在审核中", lower: "" };
    const later = { compact: "直播审核", lower: "live" };
    index.scan(earlier);
    index.scan(later);
    expect(second.find(earlier)).toEqual([]);
    expect(first.find(earlier).map((hit) => hit.start)).toEqual([2]);
    expect(second.find(later).map((hit) => [hit.cue, hit.start])).toEqual([["直播", 0], ["live", 0]]);
    expect(first.find(later).map((hit) => hit.start)).toEqual([2]);
    // A copy with the same words is another text: read by the set's own scan, with the same hits.
    expect(second.find({ ...later }).map((hit) => hit.cue)).toEqual(["直播", "live"]);
  });

  it("leaves a text it did not scan to the set's own scan", () => {
    const set = new CueSet({ zh: ["审核"], en: [] });
    new CueIndex([set]);
    expect(set.find({ compact: "还在审核中", lower: "" }).map((hit) => hit.start)).toEqual([2]);
  });
});
