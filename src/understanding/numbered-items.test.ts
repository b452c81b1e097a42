import { describe, expect, it } from "vitest";
import { normalizeQuestion } from "./normalize-question.js";
import { itemAt, numberedItemStarts } from "./numbered-items.js";

const starts = (question: string) => numberedItemStarts(normalizeQuestion(question));

describe("numberedItemStarts", () => {
  it("finds items numbered 1, 2… in order, with a mark or a Chinese character after the number", () => {
    expect(starts("1. 银行怎么接 2. 信托怎么接")).toHaveLength(2);
    expect(starts("（1）保险几选几（2）消费金融呢（3）企业征信呢")).toHaveLength(3);
    expect(starts("①银行 ②信托")).toHaveLength(2);
  });

  it("finds none in a count inside a clause, or with numbers out of order", () => {
    expect(starts("银行是2选1,信托也是2选1吗")).toEqual([]);
    expect(starts("2. 银行 1. 信托")).toEqual([]);
    expect(starts("1. 只有一项")).toEqual([]);
  });
});

describe("itemAt", () => {
  it("says which item holds a position, -1 before the first", () => {
    expect(itemAt([3, 10], 0)).toBe(-1);
    expect(itemAt([3, 10], 5)).toBe(0);
    expect(itemAt([3, 10], 12)).toBe(1);
  });
});
