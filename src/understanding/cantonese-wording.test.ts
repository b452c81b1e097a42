import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

/** Answers the turns in one conversation; returns the last answer. */
async function conversation(...turns: string[]) {
  let answer = await service.answer(turns[0]!);
  for (const turn of turns.slice(1)) answer = await service.answer(turn, answer.conversation);
  return answer;
}

describe("Cantonese wording, as Hong Kong users type it", () => {
  it("reads 我哋係 as the asker saying what its program is, in the same message and turns later", async () => {
    const personal = await conversation("我哋間公司嘅小程式係個人認證嘅", "直播帶貨用電商平台得唔得?");
    expect(personal.method).toBe("unsupported");
    const government = await service.answer("我哋係區政府,做教育平台直播要用咩組件?");
    expect(government.method).toBe("native");
    expect(government.subject).toBe("government");
    const supposed = await conversation("學校類目點樣接入直播?", "咁如果我哋係政府呢?");
    expect(supposed.method).toBe("native");
  });

  it("reads its question words for what is asked: which papers, how long, where to set it", async () => {
    const papers = await service.answer("職業培訓要攞咩證?");
    // The one category whose item survived: the answer, in traditional characters as asked, names it.
    expect(papers.answer).toContain("辦學許可證");
    const review = await conversation("社交直播係咪用原生?", "嗰個類目要審幾耐?");
    expect(review.answer).toContain("7天");
    const place = await service.answer("服務類目喺邊度改?");
    expect(place.answer).toContain("設置 > 基本設置 > 服務類目");
  });

  it("keeps a conversation in traditional characters when a Cantonese follow-up is written alike in both scripts", async () => {
    const notes = await conversation("信託資質要幾選一?", "有冇咩要注意?");
    // The lines; the document's quotes among the sources stay as written.
    const lines = notes.parts.details.join("\n");
    expect(lines).toContain("金融業-信託");
    expect(lines).not.toContain("金融业");
  });

  it("leaves Mandarin words that hold the same characters alone", async () => {
    // 系统, 关系, 联系政府: 系 alone is no 係, nor 系 before a bare 政府.
    const system = await service.answer("我们系统是电商平台类目,能直播吗");
    expect(system.method).toBe("plugin");
    expect(system.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
    expect((await service.answer("社交直播提审前要联系政府吗")).subject).toBeNull();
  });
});

describe("Hong Kong words for what a business does", () => {
  it("are read as the mainland words: 賣嘢 as selling things, 視像會議 as video meetings", async () => {
    const selling = await service.answer("我哋個平台好多商戶入駐賣嘢,可唔可以直播");
    expect(selling.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
    const meetings = await service.answer("公司做視像會議系統,直播要揀咩類目");
    expect(meetings.categories.map((category) => category.secondary)).toEqual(["多方通信"]);
  });
});

describe("Cantonese and Taiwan words for what is asked", () => {
  it("reads 邊三樣 as which three, 咩分別 as what difference and 審查 as the review", async () => {
    const count = await service.answer("保險類目資質幾選一?");
    expect((await service.answer("係邊三樣?", count.conversation)).parts.details.join("\n")).toContain("3選1");
    const apart = await service.answer("銀行同信託有咩分別?");
    expect(apart.parts.details.join("\n")).toContain("適用範圍");
    const course = await service.answer("社交直播類目可以直播嗎");
    expect((await service.answer("審查要多久?", course.conversation)).parts.details.join("\n")).toContain("7天");
  });
});
