import { isAbsolute, relative, resolve } from "node:path";
import { projectRoot } from "../config/settings.js";
import { exitWithError, openService, runMain } from "../cli/run-command.js";
import { loadEvalCases } from "./eval-case.js";
import { evalCasesFiles } from "./eval-defaults.js";
import { formatReport, runEval } from "./run-eval.js";

const usage = `Usage: npm run eval [-- --cases FILE]… [--llm]   (default: ${evalCasesFiles.join(", ")})`;

runMain(async () => {
  const argv = process.argv.slice(2);
  const casesFiles: string[] = [];
  let withLlm = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === "--cases") {
      const value = argv[index + 1];
      if (!value) exitWithError(`eval: --cases needs a file\n${usage}`, 2);
      casesFiles.push(value);
      index += 1;
    } else if (argument === "--llm") {
      withLlm = true;
    } else if (argument === "--help" || argument === "-h") {
      process.stdout.write(`${usage}\n`);
      return 0;
    } else exitWithError(`eval: unknown argument ${argument}\n${usage}`, 2);
  }
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
});
