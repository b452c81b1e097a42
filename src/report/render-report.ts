import type { OperatorReport } from "./build-report.js";
import type { ReportMessages } from "./report-messages.js";
import { reportSections, reportSummary } from "./report-sections.js";

/** Plain text for the terminal: one block per section, count first so the eye runs down one column. */
export function renderReportText(report: OperatorReport, messages: ReportMessages): string {
  const blocks = reportSections(report, messages).map((section) => {
    const rows = section.rows.length === 0 ? [`  ${section.empty}`] : section.rows.map((row) => `  ${row.filter((cell) => cell !== "").join("  ")}`);
    return [`## ${section.title}`, ...rows].join("\n");
  });
  return `${[reportSummary(report, messages), ...blocks].join("\n\n")}\n`;
}

/** One self-contained HTML page (no scripts, no external assets), safe to mail or attach. */
export function renderReportHtml(report: OperatorReport, messages: ReportMessages): string {
  const sections = reportSections(report, messages).map((section) => {
    const table =
      section.rows.length === 0
        ? `<p>${escapeHtml(section.empty)}</p>`
        : `<table><thead><tr>${section.columns.map((column) => `<th>${escapeHtml(column)}</th>`).join("")}</tr></thead><tbody>${section.rows
            .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(String(cell))}</td>`).join("")}</tr>`)
            .join("")}</tbody></table>`;
    return `<section><h2>${escapeHtml(section.title)}</h2>${table}</section>`;
  });
  return [
    "<!doctype html>",
    '<html lang="zh"><head><meta charset="utf-8"><title>Q&amp;A report</title>',
    "<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}td:first-child{text-align:right;width:4rem}</style>",
    `</head><body><h1>${escapeHtml(reportSummary(report, messages))}</h1>`,
    ...sections,
    "</body></html>",
    "",
  ].join("\n");
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
