import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";
import { pinyinInputReader } from "./pinyin-input.js";

describe("pinyinInputReader", () => {
  const read = pinyinInputReader(() => [
    { word: "信托", vocabulary: true },
    { word: "银行", vocabulary: true },
    { word: "多久", vocabulary: false },
    { word: "审核", vocabulary: false },
    { word: "能", vocabulary: false },
  ]);

  it("reads letters as the known words spelt so, across the asker's spaces only between syllables", () => {
    expect(read("xintuo shenhe duojiu")).toBe("信托审核多久");
    expect(read("xin tuo neng")).toBe("信托能");
    // A polyphone's other reading: 行 is read xing first, hang in 银行.
    expect(read("yinhang neng")).toBe("银行能");
  });

  it("keeps what it cannot read as typed, and words other than letters too", () => {
    expect(read("xintuo neng yong live-pusher")).toBe("信托能 yong live-pusher");
  });

  it("reads nothing from English, from pinyin naming no known name, or from Chinese", () => {
    expect(read("hello there, how long does a review take")).toBeNull();
    expect(read("shenhe duojiu")).toBeNull();
    expect(read("信托 neng")).toBeNull();
  });

  it("reads nothing where most syllables stay unread", () => {
    expect(read("xintuo wo ta ni de")).toBeNull();
  });
});

describe("a question typed in pinyin", () => {
  let service: AnswerService;
  beforeAll(async () => {
    service = await createTestAnswerService();
  });

  it("is answered as the Chinese it spells, saying first what it was read as", async () => {
    const answer = await service.answer("simu jijin zhibo keyi yong yuansheng zujian ma");
    expect(answer.method).toBe("native");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["私募基金"]);
    expect(answer.answer.split("\n")[0]).toBe("(按拼音理解为:私募基金直播可以用原生组件吗)");
    const subject = await service.answer("geren renzheng de xiaochengxu neng zhibo ma");
    expect(subject.method).toBe("unsupported");
  });

  it("leaves English as it was", async () => {
    const english = await service.answer("can a trust company stream with live-pusher");
    expect(english.answer).not.toContain("拼音");
    expect(english.method).toBe("native");
  });
});
