import { isAbsolute, relative, resolve } from "node:path";
import { projectRoot } from "../config/settings.js";
import { exitWithError, openService, runMain } from "../cli/run-command.js";
import { loadEvalCases } from "./eval-case.js";
import { defaultCasesFile } from "./eval-defaults.js";
import { formatReport, runEval } from "./run-eval.js";

const usage = "Usage: npm run eval [-- --cases FILE] [--llm]";

runMain(async () => {
  const argv = process.argv.slice(2);
  let casesFile = defaultCasesFile;
  let withLlm = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === "--cases") {
      const value = argv[index + 1];
      if (!value) exitWithError(`eval: --cases needs a file\n${usage}`, 2);
      casesFile = value;
      index += 1;
    } else if (argument === "--llm") {
      withLlm = true;
    } else if (argument === "--help" || argument === "-h") {
      process.stdout.write(`${usage}\n`);
      return 0;
    } else exitWithError(`eval: unknown argument ${argument}\n${usage}`, 2);
  }
  const path = isAbsolute(casesFile) ? casesFile : resolve(process.env.INIT_CWD ?? process.cwd(), casesFile);
  const cases = await loadEvalCases(path);
  if (!cases.ok) exitWithError(cases.error);
  if (withLlm && (process.env.LLM_PROVIDER ?? "none") === "none") exitWithError("eval: --llm needs a provider; fix: set LLM_PROVIDER, LLM_MODEL and LLM_BASE_URL/LLM_API_KEY (README.md › Optional LLM)", 2);
  // Without --llm the evaluation measures the rules and templates alone, whatever the environment says.
  const service = await openService({ withoutLlm: !withLlm });
  const report = await runEval(cases.value, (question, conversation) => service.answer(question, conversation));
  process.stdout.write(`${formatReport(report, relative(projectRoot, path) || path)}\n`);
  return report.failed === 0 ? 0 : 1;
});
