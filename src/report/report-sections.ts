import type { OperatorReport } from "./build-report.js";
import type { QuestionGroup } from "./cluster-questions.js";
import { fillPlaceholders } from "../shared/fill-placeholders.js";
import type { ReportMessages } from "./report-messages.js";

/** One table of the report; the text and HTML renderers format the same sections. */
export interface ReportSection {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<readonly (string | number)[]>;
  /** Said instead of an empty table. */
  readonly empty: string;
}

export function reportSections(report: OperatorReport, messages: ReportMessages): ReportSection[] {
  const { titles, none } = messages;
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

export function reportSummary(report: OperatorReport, messages: ReportMessages): string {
  return fillPlaceholders(messages.summary, {
    period: report.from ? `${report.from} — ${report.to}` : messages.emptyPeriod,
    answers: report.answers,
    askers: report.askers,
    accurate: report.feedback.accurate,
    inaccurate: report.feedback.inaccurate,
  });
}
