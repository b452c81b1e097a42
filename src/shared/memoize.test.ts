import { describe, expect, it } from "vitest";
import { memoized } from "./memoize.js";

describe("memoized", () => {
  it("computes a key once, until the cache reaches its limit and starts again", () => {
    const computed: string[] = [];
    const length = memoized((key) => (computed.push(key), key.length), 2);
    [length("a"), length("a"), length("bb"), length("a"), length("ccc"), length("a")].forEach(() => undefined);
    // The third key empties the full cache, so "a" is computed again after it.
    expect(computed).toEqual(["a", "bb", "ccc", "a"]);
  });

  it("computes keys longer than the longest kept every time, without keeping them", () => {
    const computed: string[] = [];
    const length = memoized((key) => (computed.push(key), key.length), 10, 3);
    expect([length("abcd"), length("abcd"), length("abc"), length("abc")]).toEqual([4, 4, 3, 3]);
    expect(computed).toEqual(["abcd", "abcd", "abc"]);
  });
});
