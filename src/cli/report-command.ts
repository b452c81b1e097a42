import { writeFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { readCoreSettings } from "../config/settings.js";
import { readQaLogSettings } from "../qa-log/qa-log-settings.js";
import { readQaLog } from "../qa-log/read-qa-log.js";
import { buildReport } from "../report/build-report.js";
import { parseSince } from "../report/parse-since.js";
import { renderReportHtml, renderReportText } from "../report/render-report.js";
import { loadReportMessages } from "../report/report-messages.js";
import { finishParse, parseCommandArguments } from "./command-arguments.js";
import { reportCommand } from "./command-specs.js";
import { exitWithError, runIfMain } from "./run-command.js";

export async function main(argv: readonly string[]): Promise<number> {
  // The bin has parsed already; a direct run (tsx src/cli/report-command.ts) gets the same parse here.
  const parsed = parseCommandArguments(reportCommand, argv);
  if (!parsed.ok) return finishParse(parsed);
  const values = parsed.values as { since?: string; log?: string; html?: string; top: string };
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 1) exitWithError(`--top: "${values.top}" is not a positive whole number; fix: e.g. --top 20`, 2);
  const since = values.since === undefined ? undefined : parseSince(values.since, Date.now());
  if (since && !since.ok) exitWithError(since.error, 2);

  let file = values.log;
  if (file === undefined) {
    const settings = readQaLogSettings(process.env);
    if (!settings.ok) exitWithError(settings.error);
    file = settings.value.file;
  }
  if (file === undefined) exitWithError("no Q&A log given; fix: pass --log FILE or set QA_LOG (README.md › Operator report)", 2);
  const path = isAbsolute(file) ? file : resolve(process.cwd(), file);

  const log = await readQaLog(path, { since: since?.value });
  if (log.files.length === 0) exitWithError(`${path}: no such Q&A log (nor rotated ${path}.1…); fix: check --log / QA_LOG, or let serve/bot write some answers first`);
  const core = readCoreSettings(process.env);
  if (!core.ok) exitWithError(core.error);
  const messages = loadReportMessages(core.value.promptsDirectory);
  if (!messages.ok) exitWithError(messages.error);
  const report = buildReport(log.lines, { top });
  process.stdout.write(renderReportText(report, messages.value));
  if (log.skipped > 0) process.stderr.write(`${log.skipped} line(s) skipped: not Q&A log lines (a torn last line or an older format)\n`);
  if (values.html) {
    await writeFile(values.html, renderReportHtml(report, messages.value));
    process.stderr.write(`HTML report written to ${values.html}\n`);
  }
  return 0;
}


// Run directly (node --import tsx src/cli/report-command.ts) as well as through the bin.
runIfMain(import.meta.url, main);
