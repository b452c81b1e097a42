import { describe, expect, it } from "vitest";
import { bigrams, clusterQuestions, jaccard } from "./cluster-questions.js";

describe("clusterQuestions", () => {
  it("groups wordings that share most character pairs and counts every ask", () => {
    const groups = clusterQuestions(["直播带货要交保证金吗", "直播带货要交保证金吗", "直播带货要交保证金吗?", "直播带货要不要交保证金", "怎么开发票", "怎么开发票呢", "小程序怎么写代码"]);
    expect(groups.map((group) => [group.example, group.count])).toEqual([
      ["直播带货要交保证金吗", 4],
      ["怎么开发票", 2],
      ["小程序怎么写代码", 1],
    ]);
    expect(groups[0]!.wordings).toContain("直播带货要不要交保证金");
  });

  it("ignores case, spaces and punctuation when comparing", () => {
    expect(jaccard(bigrams("Live Pusher?"), bigrams("live-pusher"))).toBe(1);
  });

  it("keeps unrelated questions apart", () => {
    expect(clusterQuestions(["银行能直播吗", "游戏类目怎么申请"])).toHaveLength(2);
  });
});
