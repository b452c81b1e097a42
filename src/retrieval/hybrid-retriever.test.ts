import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { Retriever } from "./hybrid-retriever.js";

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
