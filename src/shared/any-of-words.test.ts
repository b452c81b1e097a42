import { describe, expect, it } from "vitest";
import { anyOfWords } from "./any-of-words.js";

describe("anyOfWords", () => {
  it("matches the longer of two words where one starts the other, whatever order the list gives them in", () => {
    expect("5元宝".match(new RegExp(`\\d+${anyOfWords(["元", "元宝"])}`))?.[0]).toBe("5元宝");
    expect("5元宝".match(new RegExp(`\\d+${anyOfWords(["元宝", "元"])}`))?.[0]).toBe("5元宝");
  });

  it("reads every word literally, signs of regular expressions included", () => {
    const pattern = new RegExp(anyOfWords(["$", "v.x", "a+b"]));
    expect(["$5", "v.x:1", "a+b"].map((text) => pattern.test(text))).toEqual([true, true, true]);
    expect(["vax", "aab"].map((text) => pattern.test(text))).toEqual([false, false]);
  });

  it("never matches when the list is empty, so an emptied list turns its pattern off", () => {
    expect(new RegExp(`7${anyOfWords([])}?天`).test("7天")).toBe(true);
    expect(new RegExp(anyOfWords([])).test("")).toBe(false);
    expect(new RegExp(anyOfWords([])).test("anything")).toBe(false);
  });
});
