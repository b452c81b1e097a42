import { isAbsolute, relative, resolve } from "node:path";
import { finishParse, parseCommandArguments } from "../cli/command-arguments.js";
import { evalCommand } from "../cli/command-specs.js";
import { projectRoot } from "../config/settings.js";
import { exitWithError, openService } from "../cli/run-command.js";
import { loadEvalCases } from "./eval-case.js";
import { defaultCasesFile } from "./eval-defaults.js";
import { formatReport, runEval } from "./run-eval.js";

/** `live-category-bot eval`: runs the Q&A evaluation; exit code 1 on any failed case. */
export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCommandArguments(evalCommand, argv);
  if (!parsed.ok) return finishParse(parsed);
  const casesFile = typeof parsed.values["cases"] === "string" ? parsed.values["cases"] : defaultCasesFile;
  const withLlm = parsed.values["llm"] === true;
  const path = isAbsolute(casesFile) ? casesFile : resolve(process.env.INIT_CWD ?? process.cwd(), casesFile);
  const cases = await loadEvalCases(path);
  if (!cases.ok) exitWithError(cases.error);
  if (withLlm && (process.env.LLM_PROVIDER ?? "none") === "none") exitWithError("eval: --llm needs a provider; fix: set LLM_PROVIDER, LLM_MODEL and LLM_BASE_URL/LLM_API_KEY (README.md › Optional LLM)", 2);
  // Without --llm the evaluation measures the rules and templates alone, whatever the environment says.
  const service = await openService({ withoutLlm: !withLlm });
  const report = await runEval(cases.value, (question, conversation) => service.answer(question, conversation));
  process.stdout.write(`${formatReport(report, relative(projectRoot, path) || path)}\n`);
  return report.failed === 0 ? 0 : 1;
}
