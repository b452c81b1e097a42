import { describe, expect, it } from "vitest";
import { setOfAll } from "./set-of-all.js";

describe("setOfAll", () => {
  it("keeps every value once, in the order first given", () => {
    const mentions = [{ ids: ["b", "a"] }, { ids: [] }, { ids: ["a", "c", "b"] }];
    expect([...setOfAll(mentions, (mention) => mention.ids)]).toEqual(["b", "a", "c"]);
  });

  it("gives an empty set for no items", () => {
    expect(setOfAll([], (item: { ids: string[] }) => item.ids).size).toBe(0);
  });
});
