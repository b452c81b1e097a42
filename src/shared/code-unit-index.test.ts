import { describe, expect, it } from "vitest";
import { CodeUnitIndex } from "./code-unit-index.js";

describe("CodeUnitIndex", () => {
  it("gives back each code unit's entries in the order they were added", () => {
    const index = new CodeUnitIndex<string>();
    for (const word of ["直播", "电商", "直连", "保险"]) index.add(word.charCodeAt(0), word);
    expect(index.at("直".charCodeAt(0))).toEqual(["直播", "直连"]);
    expect(index.at("电".charCodeAt(0))).toEqual(["电商"]);
    expect(index.at("保".charCodeAt(0))).toEqual(["保险"]);
  });

  it("has nothing under a code unit no entry was added for, the highest and the lowest included", () => {
    const index = new CodeUnitIndex<number>();
    index.add(0x41, 1);
    expect(index.at(0x42)).toBeUndefined();
    expect(index.at(0)).toBeUndefined();
    expect(index.at(0xffff)).toBeUndefined();
    index.add(0xffff, 2);
    index.add(0, 3);
    expect(index.at(0xffff)).toEqual([2]);
    expect(index.at(0)).toEqual([3]);
  });
});
