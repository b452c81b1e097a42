import { describe, expect, it } from "vitest";
import { namesAnyOf } from "./notes-naming.js";

describe("namesAnyOf", () => {
  it("finds a category's second-level name in a note however the note joins its parts", () => {
    const namesAdvisory = namesAnyOf([{ secondary: "证券、期货投资咨询" }]);
    expect(namesAdvisory("仅提供咨询的,建议选【金融业-证券/期货投资咨询】类目")).toBe(true);
    expect(namesAdvisory("如提供股票交易服务,需选择【金融业-证券/期货】类目")).toBe(false);
  });

  it("names none when given no categories", () => {
    expect(namesAnyOf([])("需选择【金融业-证券/期货】类目")).toBe(false);
  });

  it("matches any of several categories", () => {
    const namesEither = namesAnyOf([{ secondary: "保险中介" }, { secondary: "证券/期货" }]);
    expect(namesEither("需选择【金融业-证券/期货】类目")).toBe(true);
  });
});
