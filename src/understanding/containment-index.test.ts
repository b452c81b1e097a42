import { describe, expect, it } from "vitest";
import { ContainmentIndex } from "./containment-index.js";

describe("ContainmentIndex", () => {
  const words = ["资质", "审核时间", "多久", "qualification"];
  const index = new ContainmentIndex(words);

  it("tells whether some word contains a part, as includes over every word would", () => {
    for (const part of ["资质", "审核", "时间", "核时", "久", "quali", "fication", "资质要求", "时审", "x", ""]) {
      expect(index.someContains(part), part).toBe(words.some((word) => word.includes(part)));
    }
  });

  it("tells whether a text contains some word, as includes of every word would", () => {
    for (const text of ["需要什么资质", "审核时间多久", "审核时", "qualifications", "多", "", "说明"]) {
      expect(index.someContainedIn(text), text).toBe(words.some((word) => text.includes(word)));
    }
  });

  it("finds parts made of characters outside the Basic Multilingual Plane, as includes does", () => {
    const astral = ["𠮷野家", "a𠮷b"];
    const astralIndex = new ContainmentIndex(astral);
    for (const part of ["𠮷野", "𠮷", "𠮷b", "野家", "吉"]) expect(astralIndex.someContains(part), part).toBe(astral.some((word) => word.includes(part)));
    for (const text of ["去𠮷野家吃饭", "xa𠮷by", "𠮷"]) expect(astralIndex.someContainedIn(text), text).toBe(astral.some((word) => text.includes(word)));
  });

  it("holds nothing when built from no words", () => {
    const empty = new ContainmentIndex([]);
    expect(empty.someContains("")).toBe(false);
    expect(empty.someContainedIn("资质")).toBe(false);
  });
});
