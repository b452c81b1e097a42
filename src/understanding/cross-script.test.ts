import { describe, expect, it } from "vitest";
import { compactSpanOf } from "./cross-script.js";
import { normalizeQuestion } from "./normalize-question.js";

describe("compactSpanOf", () => {
  it("finds an English name's place in the compact form, spaces and hyphens inside it left out", () => {
    const text = normalizeQuestion("我们没有 Social-Live, 电商平台呢");
    const start = text.lower.indexOf("social-live");
    const span = compactSpanOf({ script: "en", start, end: start + "social-live".length }, text);
    expect(span && text.compact.slice(span.start, span.end)).toBe("sociallive");
  });

  it("gives nothing for text without Chinese, or for a Chinese span", () => {
    const english = normalizeQuestion("we have social live");
    expect(compactSpanOf({ script: "en", start: 8, end: 19 }, english)).toBeNull();
    const chinese = normalizeQuestion("社交直播");
    expect(compactSpanOf({ script: "zh", start: 0, end: 4 }, chinese)).toBeNull();
  });

  it("gives nothing when the compact form is not the lower-case text without its joining marks", () => {
    // Lower-casing J̌ makes a character normalisation composes, so the two forms no longer align letter by letter.
    expect(compactSpanOf({ script: "en", start: 0, end: 2 }, { lower: "j\u030C直播", compact: "\u01F0直播" })).toBeNull();
  });
});
