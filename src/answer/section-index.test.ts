import { describe, expect, it } from "vitest";
import type { CorpusChunk } from "../corpus/chunk-corpus.js";
import { sectionIndex } from "./section-index.js";

const chunk = (id: string, heading: string, text: string): CorpusChunk => ({ id, heading, primary: null, secondary: null, source: "corpus.md", lines: text.split("\n"), text });

describe("sectionIndex", () => {
  const chunks = [chunk("a", "房地产 > 营销", "注意:不得收取定金\nVR看房"), chunk("b", "房地产 > 营销", "第二段"), chunk("c", "注意", "通用说明")];

  it("finds the first chunk under a heading, and none under an unknown one", () => {
    expect(sectionIndex(chunks).chunk("房地产 > 营销")?.id).toBe("a");
    expect(sectionIndex(chunks).chunk("教育 > 驾校")).toBeUndefined();
  });

  it("tells whether any chunk under a heading uses a word, ignoring case", () => {
    const index = sectionIndex(chunks);
    expect(index.mentions("房地产 > 营销", "定金")).toBe(true);
    expect(index.mentions("房地产 > 营销", "第二段")).toBe(true);
    expect(index.mentions("房地产 > 营销", "vr")).toBe(true);
    expect(index.mentions("房地产 > 营销", "通用")).toBe(false);
    expect(index.mentions("教育 > 驾校", "定金")).toBe(false);
  });

  it("finds a word without Chinese characters in the English renderings of the section's texts", () => {
    const glosses = new Map([["VR看房", "VR property viewings"], ["通用说明", "General notes"]]);
    const index = sectionIndex([chunk("e", "房地产 > 营销", "注意:不得收取定金\nVR看房")], glosses);
    expect(index.mentions("房地产 > 营销", "viewings")).toBe(true);
    expect(index.mentions("房地产 > 营销", "general")).toBe(false);
    expect(index.mentions("房地产 > 营销", "看房")).toBe(true);
  });

  it("builds one index per chunk list, so a reloaded corpus is read afresh", () => {
    expect(sectionIndex(chunks)).toBe(sectionIndex(chunks));
    const reloaded = [chunk("d", "注意", "新的说明")];
    expect(sectionIndex(reloaded).mentions("注意", "新的")).toBe(true);
  });
});
