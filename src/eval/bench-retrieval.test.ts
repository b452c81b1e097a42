import { describe, expect, it } from "vitest";
import { scoreRanker, type RetrievalCase } from "./bench-retrieval.js";

const twoSectionQuestion: RetrievalCase = {
  id: "two-sections",
  query: "两个类目分别怎么接入",
  boostHeadings: [],
  limit: 4,
  heading: "甲 > 乙",
  relevantHeadings: ["甲 > 乙", "丙 > 丁"],
};

describe("scoreRanker", () => {
  it("counts any section that answers the question as a hit at its rank", async () => {
    const score = await scoreRanker([twoSectionQuestion], async () => ["丙 > 丁", "甲 > 乙"]);
    expect(score).toEqual({ recallAt1: 1, recallAt3: 1, meanReciprocalRank: 1 });
  });

  it("scores against the cited section alone when asked for the strict label", async () => {
    const score = await scoreRanker([twoSectionQuestion], async () => ["丙 > 丁", "甲 > 乙"], "cited");
    expect(score).toEqual({ recallAt1: 0, recallAt3: 1, meanReciprocalRank: 0.5 });
  });

  it("gives nothing for a ranking that never reaches an answering section", async () => {
    const score = await scoreRanker([twoSectionQuestion], async () => ["戊 > 己", "庚 > 辛", "壬 > 癸", "丙 > 丁"]);
    expect(score).toEqual({ recallAt1: 0, recallAt3: 0, meanReciprocalRank: 0.25 });
  });
});
