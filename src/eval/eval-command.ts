import { isAbsolute, relative, resolve } from "node:path";
import { finishParse, parseCommandArguments } from "../cli/command-arguments.js";
import { evalCommand } from "../cli/command-specs.js";
import { projectRoot } from "../config/settings.js";
import { exitWithError, openService } from "../cli/run-command.js";
import { loadEvalCases } from "./eval-case.js";
import { evalCasesFiles } from "./eval-defaults.js";
import { formatReport, runEval } from "./run-eval.js";

/** `live-category-bot eval`: runs the Q&A evaluation; exit code 1 on any failed case. */
export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCommandArguments(evalCommand, argv);
  if (!parsed.ok) return finishParse(parsed);
  const given = parsed.values["cases"];
  const casesFiles = Array.isArray(given) ? given.map(String) : typeof given === "string" ? [given] : [];
  const withLlm = parsed.values["llm"] === true;
  if (withLlm && (process.env.LLM_PROVIDER ?? "none") === "none") exitWithError("eval: --llm needs a provider; fix: set LLM_PROVIDER, LLM_MODEL and LLM_BASE_URL/LLM_API_KEY (README.md › Optional LLM)", 2);
  const files = casesFiles.length > 0 ? casesFiles : [...evalCasesFiles].map((file) => resolve(projectRoot, file));
  const loaded = [];
  for (const file of files) {
    const path = isAbsolute(file) ? file : resolve(process.env.INIT_CWD ?? process.cwd(), file);
    const cases = await loadEvalCases(path);
    if (!cases.ok) exitWithError(cases.error);
    loaded.push({ path, cases: cases.value });
  }
  // Without --llm the evaluation measures the rules and templates alone, whatever the environment says.
  const service = await openService({ withoutLlm: !withLlm });
  const sectionText = (heading: string) => service.dependencies.retriever.chunks.find((chunk) => chunk.heading === heading)?.text;
  let passed = 0;
  let failed = 0;
  for (const { path, cases } of loaded) {
    const report = await runEval(cases, (question, conversation) => service.answer(question, conversation), sectionText);
    process.stdout.write(`${formatReport(report, relative(projectRoot, path) || path)}\n\n`);
    passed += report.passed;
    failed += report.failed;
  }
  // The closing line counts every file's cases.
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}
