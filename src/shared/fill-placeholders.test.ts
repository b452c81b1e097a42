import { describe, expect, it } from "vitest";
import { fillPlaceholders } from "./fill-placeholders.js";

describe("fillPlaceholders", () => {
  it("fills every {name} it has a value for, numbers included, and leaves the rest of the text as it is", () => {
    expect(fillPlaceholders("「{category}」需要{count}选一的资质。", { category: "保险中介", count: 3 })).toBe("「保险中介」需要3选一的资质。");
  });

  it("leaves a name without a value, and braces that hold no name, visible", () => {
    expect(fillPlaceholders("{missing} {} {not a name} {a-b} {", { other: "x" })).toBe("{missing} {} {not a name} {a-b} {");
  });

  it("does not fill again inside a value that holds braces", () => {
    expect(fillPlaceholders("{first}{second}", { first: "{second}", second: "2" })).toBe("{second}2");
  });

  it("reads only the values' own keys", () => {
    expect(fillPlaceholders("{toString}", {})).toBe("{toString}");
  });
});
