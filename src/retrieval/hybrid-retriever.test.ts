import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import { defaultFusion, HybridRetriever, type Retriever } from "./hybrid-retriever.js";
import type { CorpusChunk } from "../corpus/chunk-corpus.js";
import type { VectorHit, VectorIndex } from "./hnsw-vector-store.js";
import type { KeywordIndex } from "./keyword-index.js";
import type { KeywordHit } from "./top-hits.js";

let retriever: Retriever;

beforeAll(async () => {
  retriever = (await createTestAnswerService()).dependencies.retriever;
});

const topHeading = async (query: string) => (await retriever.retrieve(query, { limit: 3 }))[0]?.chunk.heading;

describe("HybridRetriever without boosts", () => {
  it.each([
    ["直播带货 电商类", "电商平台 > 电商平台"],
    ["民办学校办学许可证", "教育 > 学历教育(培训机构) - 职业培训/课外辅导"],
    ["当地互联网主管机关审核确认 7天", "社交 > 直播"],
    ["所选类目需符合实际应用场景,否则会被驳回", "注意"],
    ["私募产品公开募集", "金融业 > 私募基金"],
    ["完整售房交易 定金 认购金", "房地产服务 > 房地产营销"],
    ["智能家居控制摄像头", "IT 科技 > 音视频设备"],
  ])("ranks the section that answers %s first", async (query, heading) => {
    expect(await topHeading(query)).toBe(heading);
  });
});

describe("HybridRetriever", () => {
  it("puts boosted sections first and reports both rankings", async () => {
    const results = await retriever.retrieve("资质要求", { boostHeadings: ["金融业 > 保险"], limit: 4 });
    expect(results[0]).toMatchObject({ boosted: true });
    expect(results[0]?.chunk.heading).toBe("金融业 > 保险");
    expect(results).toHaveLength(4);
    expect(results.some((result) => result.vectorDistance !== null && result.keywordScore !== null)).toBe(true);
  });

  it("keeps the best candidates in order: a smaller limit gives the first results of a larger one", async () => {
    for (const [query, boostHeadings] of [["资质要求", ["金融业 > 保险", "金融业 > 银行"]], ["直播带货 电商类", []], ["审核要多久", ["注意"]]] as const) {
      const all = await retriever.retrieve(query, { boostHeadings: [...boostHeadings], limit: 40 });
      const scores = all.map((result) => result.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const limit of [1, 2, 4, 7]) {
        const some = await retriever.retrieve(query, { boostHeadings: [...boostHeadings], limit });
        expect(some.map((result) => result.chunk.heading)).toEqual(all.slice(0, Math.max(limit, boostHeadings.length)).map((result) => result.chunk.heading));
      }
    }
  });

  it("returns nothing when asked for no results", async () => {
    expect(await retriever.retrieve("资质要求", { limit: 0 })).toEqual([]);
  });

  it("knows the corpus's words and not others", () => {
    expect(retriever.knowsWord("驳回")).toBe(true);
    expect(retriever.knowsWord("天气")).toBe(false);
  });
});

/**
 * A retriever over six sections whose two rankings are given per query: the query's "vector" is its own text, which
 * the fake vector index looks up. A search depth below the corpus size leaves most sections out of each ranking.
 */
function scriptedRetriever(vectorHits: Record<string, VectorHit[]>, keywordHits: Record<string, KeywordHit[]>): HybridRetriever {
  const chunks: CorpusChunk[] = Array.from({ length: 6 }, (_, position) => ({
    id: `s${position}`,
    heading: `类目 > 小类${position}`,
    primary: "类目",
    secondary: `小类${position}`,
    source: "test",
    lines: [`第${position}节`],
    text: `类目 小类${position}\n第${position}节`,
  }));
  const queries: string[] = [];
  const vectors: VectorIndex = { size: chunks.length, search: (vector) => vectorHits[queries[vector[0]!]!] ?? [] };
  const embeddings = {
    id: "scripted",
    dimensions: 1,
    embedDocuments: async (texts: string[]) => texts.map(() => [0]),
    embedQuery: async (text: string) => [queries.push(text) - 1],
  };
  const keywords = { search: (query: string) => keywordHits[query] ?? [], knows: () => false } as unknown as KeywordIndex;
  return new HybridRetriever(chunks, vectors, embeddings, keywords, (text) => [text], { ...defaultFusion, candidateDepth: 1 });
}

describe("HybridRetriever fusing", () => {
  it("puts sections with equal scores in corpus order", async () => {
    const retriever = scriptedRetriever({}, { tie: [{ position: 4, score: 2 }, { position: 2, score: 2 }, { position: 0, score: 1 }] });
    const results = await retriever.retrieve("tie", { limit: 3 });
    expect(results.map((result) => result.chunk.id)).toEqual(["s2", "s4", "s0"]);
  });

  it("ranks a query the same after another as on its own: no rank is left over from the query before", async () => {
    const vectorHits = { first: [{ position: 5, distance: 0.1 }, { position: 3, distance: 0.4 }] };
    const keywordHits = { second: [{ position: 1, score: 3 }, { position: 5, score: 2.9 }] };
    const alone = await scriptedRetriever(vectorHits, keywordHits).retrieve("second", { limit: 2 });
    const retriever = scriptedRetriever(vectorHits, keywordHits);
    await retriever.retrieve("first", { limit: 2 });
    const after = await retriever.retrieve("second", { limit: 2 });
    expect(after).toEqual(alone);
    expect(after.map((result) => [result.chunk.id, result.vectorRank])).toEqual([["s1", null], ["s5", null]]);
  });

  it("reads a fractional limit as its whole part and a negative one as none", async () => {
    const retriever = scriptedRetriever({}, { many: [0, 1, 2, 3].map((position) => ({ position, score: 4 - position })) });
    expect(await retriever.retrieve("many", { limit: 2.7 })).toHaveLength(2);
    expect(await retriever.retrieve("many", { limit: -1 })).toEqual([]);
  });
});
