import { describe, expect, it } from "vitest";
import type { QaLogAnswerLine, QaLogLine } from "../qa-log/qa-log-line.js";
import { buildReport } from "./build-report.js";
import { bankVerdictFields } from "../qa-log/qa-log-test-fixtures.js";
import { renderReportHtml, renderReportText } from "./render-report.js";
import { parseSince } from "./parse-since.js";
import { loadReportMessages } from "./report-messages.js";
import { projectRoot } from "../config/settings.js";
import { join } from "node:path";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";

const shipped = loadReportMessages(join(projectRoot, "prompts"));
if (!shipped.ok) throw new Error(shipped.error);
const messages = shipped.value;

const answer = (question: string, overrides: Partial<QaLogAnswerLine> = {}): QaLogAnswerLine => ({
  type: "answer",
  time: "2026-11-20T10:00:00.000Z",
  channel: "wechaty",
  room: "room-a",
  user: "user-1",
  question,
  ...bankVerdictFields,
  categories: [...bankVerdictFields.categories],
  latencyMs: 1,
  ...overrides,
});

const lines: QaLogLine[] = [
  answer("银行能直播吗", { feedbackId: "f1" }),
  answer("银行能直播吗", { user: "user-2" }),
  answer("电商平台能用 live-pusher 吗", { room: "room-b", method: "plugin", categories: ["电商平台-电商平台"], rule: "category:ecommerce-platform" }),
  answer("今天天气怎么样", { kind: "out-of-corpus", method: "unknown", categories: [], rule: "out-of-corpus" }),
  answer("今天天气怎么样啊", { kind: "out-of-corpus", method: "unknown", categories: [], rule: "out-of-corpus", room: null }),
  answer("教育类目能直播吗", { method: "unknown", categories: ["教育-在线视频课程", "教育-教育平台"], rule: "ambiguous-category" }),
  answer("怎么开发票", { kind: "no-category", method: "unknown", categories: [], rule: "no-category" }),
  answer("类目列表", { kind: "list", method: "unknown", categories: [], rule: "list" }),
  { type: "feedback", time: "2026-11-20T10:05:00.000Z", channel: "wecom", feedbackId: "f1", rating: "inaccurate", reasons: ["答非所问"] },
  { type: "feedback", time: "2026-11-20T10:06:00.000Z", channel: "wecom", feedbackId: "f9", rating: "accurate", reasons: [] },
];

describe("buildReport", () => {
  const report = buildReport(lines, { top: 10 });

  it("groups questions outside the document and clarifying ones, and leaves lists out", () => {
    expect(report.outOfCorpus).toEqual([{ example: "今天天气怎么样", count: 2, wordings: ["今天天气怎么样", "今天天气怎么样啊"] }]);
    expect(report.clarifying.map((group) => group.example).sort()).toEqual(["怎么开发票", "教育类目能直播吗"]);
    expect(report.unknown).toEqual([]);
  });

  it("counts feedback and ties a 👎 to its question", () => {
    expect(report.feedback).toMatchObject({ accurate: 1, inaccurate: 1, reasons: [{ name: "答非所问", count: 1 }] });
    expect(report.feedback.inaccurateQuestions[0]).toMatchObject({ example: "银行能直播吗", count: 1 });
  });

  it("counts answers by method and category, and finds the busiest groups", () => {
    expect(report.answers).toBe(8);
    expect(report.askers).toBe(2);
    expect(report.byMethod[0]).toEqual({ name: "unknown", count: 5 });
    expect(report.byCategory[0]).toEqual({ name: "金融业-银行", count: 2, methods: "native" });
    expect(report.busiestGroups[0]).toEqual({ room: "room-a", answers: 6, askers: 2 });
    expect(report.busiestGroups.map((group) => group.room)).not.toContain(null);
  });

  it("renders text and self-contained, escaped HTML", () => {
    const text = renderReportText(report, messages);
    expect(text).toMatch(/^Q&A report 2026-11-20T10:00:00.000Z — 2026-11-20T10:06:00.000Z: 8 answers, 2 askers; feedback 👍 1 👎 1/);
    expect(text).toContain("  2  今天天气怎么样  今天天气怎么样啊");
    const html = renderReportHtml(buildReport([answer("<script>alert(1)</script>", { kind: "out-of-corpus", method: "unknown", rule: "out-of-corpus" })], { top: 5 }), messages);
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<script>");
  });
});

describe("loadReportMessages", () => {
  it("names the file, the key and the fix when a heading is missing", () => {
    const directory = mkdtempSync(join(tmpdir(), "report-messages-"));
    writeFileSync(join(directory, "report-messages.yaml"), "summary: x\nemptyPeriod: y\nnone: z\ntitles:\n  unknown: u\n");
    const loaded = loadReportMessages(directory);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error).toMatch(/report-messages\.yaml: titles\.outOfCorpus: Required.*fix: every key/s);
  });

  it("takes the headings from the file, so a renamed heading shows in the report", () => {
    const renamed = { ...messages, titles: { ...messages.titles, unknown: "Unknown method" } };
    expect(renderReportText(buildReport([], { top: 5 }), renamed)).toContain("## Unknown method");
  });
});

describe("parseSince", () => {
  const now = Date.parse("2026-11-28T12:00:00.000Z");
  it.each([
    ["7d", "2026-11-21T12:00:00.000Z"],
    ["24h", "2026-11-27T12:00:00.000Z"],
    ["30m", "2026-11-28T11:30:00.000Z"],
    ["2w", "2026-11-14T12:00:00.000Z"],
    ["2026-11-01", "2026-11-01T00:00:00.000Z"],
  ])("reads %s", (text, expected) => {
    const since = parseSince(text, now);
    expect(since.ok && since.value.toISOString()).toBe(expected);
  });

  it("explains a period it cannot read", () => {
    const since = parseSince("last week", now);
    expect(since.ok).toBe(false);
    expect(!since.ok && since.error).toMatch(/^--since: "last week" is not a period or a date; fix: /);
  });
});
