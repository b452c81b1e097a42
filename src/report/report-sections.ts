import type { OperatorReport } from "./build-report.js";
import type { QuestionGroup } from "./cluster-questions.js";

/** One table of the report; the text and HTML renderers format the same sections. */
export interface ReportSection {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<readonly (string | number)[]>;
  /** Said instead of an empty table. */
  readonly empty: string;
}

// The report's headings, in one place (operators read Chinese; the column names stay short).
const titles = {
  unknown: "未能确定接入方式的问题 (unknown)",
  outOfCorpus: "文档以外的问题 (out-of-corpus)",
  clarifying: "需要追问类目的问题 (clarifying)",
  inaccurate: "被标记为不准确的回答 (👎)",
  reasons: "不准确的原因 (feedback reasons)",
  byCategory: "按类目统计 (answers by category)",
  byMethod: "按接入方式统计 (answers by method)",
  byKind: "按回答类型统计 (answers by kind)",
  byChannel: "按渠道统计 (answers by channel)",
  busiestGroups: "最活跃的群 (busiest groups, hashed ids)",
} as const;
const none = "(无 / none)";

export function reportSections(report: OperatorReport): ReportSection[] {
  const groups = (title: string, items: readonly QuestionGroup[]): ReportSection => ({
    title,
    columns: ["count", "question", "similar wordings"],
    rows: items.map((group) => [group.count, group.example, group.wordings.slice(1).join(" | ")]),
    empty: none,
  });
  const counts = (title: string, items: ReadonlyArray<{ name: string; count: number }>): ReportSection => ({
    title,
    columns: ["count", "name"],
    rows: items.map((item) => [item.count, item.name]),
    empty: none,
  });
  return [
    groups(titles.unknown, report.unknown),
    groups(titles.outOfCorpus, report.outOfCorpus),
    groups(titles.clarifying, report.clarifying),
    groups(titles.inaccurate, report.feedback.inaccurateQuestions),
    counts(titles.reasons, report.feedback.reasons),
    { title: titles.byCategory, columns: ["count", "category", "methods"], rows: report.byCategory.map((item) => [item.count, item.name, item.methods]), empty: none },
    counts(titles.byMethod, report.byMethod),
    counts(titles.byKind, report.byKind),
    counts(titles.byChannel, report.byChannel),
    { title: titles.busiestGroups, columns: ["answers", "askers", "group"], rows: report.busiestGroups.map((item) => [item.answers, item.askers, item.room]), empty: none },
  ];
}

export function reportSummary(report: OperatorReport): string {
  const period = report.from ? `${report.from} — ${report.to}` : "(empty log)";
  return `Q&A report ${period}: ${report.answers} answers, ${report.askers} askers; feedback 👍 ${report.feedback.accurate} 👎 ${report.feedback.inaccurate}`;
}
