import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCoreSettings } from "../config/settings.js";
import { chunkCorpus } from "./chunk-corpus.js";
import { parseCorpusDocument } from "./corpus-document.js";

const settings = readCoreSettings({});
if (!settings.ok) throw new Error(settings.error);
const text = readFileSync(settings.value.corpusFile, "utf8");

describe("parseCorpusDocument", () => {
  it("reads the front matter with the document's update time", () => {
    const document = parseCorpusDocument(text, "corpus/live-streaming-categories.md");
    expect(document.ok && document.value.frontMatter.updated).toBe("2026-02-11 19:22:42");
  });

  it("makes one section for the general notes and one per second-level category", () => {
    const document = parseCorpusDocument(text, "corpus");
    if (!document.ok) throw new Error(document.error);
    expect(document.value.sections).toHaveLength(26);
    expect(document.value.sections[0]?.heading).toBe("注意");
    expect(document.value.sections.map((section) => section.heading)).toContain("教育 > 在线视频课程");
  });

  it("keeps labelled sub-lines with their label and empty rows as the document left them", () => {
    const document = parseCorpusDocument(text, "corpus");
    if (!document.ok) throw new Error(document.error);
    const ecommerce = document.value.sections.find((section) => section.heading === "电商平台 > 电商平台");
    expect(ecommerce?.lines).toContain("注意:2、不得提供如催情香水/催情药品等违法违规商品销售。");
    const driving = document.value.sections.find((section) => section.heading === "教育 > 驾校培训");
    expect(driving?.lines).toContain("资质要求:");
  });

  it("reads a file with CRLF line ends exactly as the same file with LF", () => {
    const crlf = parseCorpusDocument(text.replace(/\n/g, "\r\n"), "corpus");
    const lf = parseCorpusDocument(text, "corpus");
    if (!crlf.ok || !lf.ok) throw new Error("unparsed");
    expect(crlf.value.sections).toEqual(lf.value.sections);
    expect(crlf.value.frontMatter).toEqual(lf.value.frontMatter);
  });

  it("rejects a file whose front matter is never closed", () => {
    expect(parseCorpusDocument("---\ntitle: x\n## 注意\n", "corpus").ok).toBe(false);
  });

  it("rejects a file without front matter, naming the fix", () => {
    const document = parseCorpusDocument("# 标题\n", "corpus/x.md");
    expect(document.ok).toBe(false);
    if (!document.ok) expect(document.error).toMatch(/^corpus\/x\.md: \(root\): missing front matter; fix:/);
  });

  it("changes its hash when the text changes", () => {
    const a = parseCorpusDocument(text, "corpus");
    const b = parseCorpusDocument(text.replace("7天左右", "8天左右"), "corpus");
    expect(a.ok && b.ok && a.value.hash !== b.value.hash).toBe(true);
  });
});

describe("chunkCorpus", () => {
  it("cites the source path and heading of each chunk", () => {
    const document = parseCorpusDocument(text, "corpus/live-streaming-categories.md");
    if (!document.ok) throw new Error(document.error);
    const chunks = chunkCorpus(document.value);
    expect(chunks).toHaveLength(26);
    expect(chunks[1]).toMatchObject({ heading: "电商平台 > 电商平台", source: "corpus/live-streaming-categories.md" });
    expect(chunks[1]?.text).toContain("具备电商平台类目");
  });
});
