import { join } from "node:path";
import { finishParse, parseCommandArguments } from "../cli/command-arguments.js";
import { benchCommand } from "../cli/command-specs.js";
import { exitWithError, openService } from "../cli/run-command.js";
import { projectRoot, readCoreSettings } from "../config/settings.js";
import { HybridRetriever } from "../retrieval/hybrid-retriever.js";
import { boostedMisses, compareRankers, formatRankerTable, rankAll, retrievalCases } from "./bench-retrieval.js";
import { benchNodeFlags } from "./bench-process.js";
import { benchScale } from "./bench-scale.js";
import { benchSpeed } from "./bench-speed.js";
import { loadEvalCases, turnsOf } from "./eval-case.js";
import { defaultCasesFile } from "./eval-defaults.js";

/** `live-category-bot bench`. */
export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCommandArguments(benchCommand, argv);
  if (!parsed.ok) return finishParse(parsed);
  if (parsed.values["http"]) {
    const { requests, concurrency, question } = parsed.values as { requests: string; concurrency: string; question?: string };
    return (await import("../server/load-bench.js")).runHttpLoadBench({ requests, concurrency, question });
  }
  const fuzz = parsed.values["fuzz"];
  if (typeof fuzz === "string") {
    const count = Number(fuzz);
    if (!Number.isInteger(count) || count < 1 || count > 1_000_000) return finishParse({ ok: false, exitCode: 2, stream: "stderr", output: `bench: --fuzz takes a whole number from 1 to 1000000\n${benchCommand.usage}\n` });
    const { benchFuzz, formatFuzzReport } = await import("./bench-fuzz.js");
    const report = await benchFuzz(count);
    process.stdout.write(`${formatFuzzReport(report)}\n`);
    return report.exitCode === 0 && report.invalidJsonLines === 0 && report.crashLines.length === 0 && report.answers === report.expectedAnswers ? 0 : 1;
  }
  const write = (line: string) => process.stdout.write(`${line}\n`);
  if (!parsed.values["retrieval"]) {
    // The npm scripts start node with flags (package.json); a bench started without them times another setup.
    const flags = benchNodeFlags().join(" ") || "(none)";
    const own = process.execArgv.join(" ") || "(none)";
    write(`node flags: ${flags} (the npm scripts'; every process the bench starts gets them)${own === flags ? "" : `; this process runs with ${own}, so its in-process timings are not the scripts'`}`);
  }
  const cases = await loadEvalCases(join(projectRoot, defaultCasesFile));
  if (!cases.ok) exitWithError(cases.error);
  const questions = cases.value.flatMap((evalCase) => turnsOf(evalCase).map((turn) => turn.question)).filter((question) => question.trim() !== "");

  const scale = parsed.values["scale"];
  if (typeof scale === "string") {
    const sizes = scale.split(",").map((size) => Number(size.trim()));
    if (sizes.some((size) => !Number.isInteger(size) || size < 1 || size > 5000)) return finishParse({ ok: false, exitCode: 2, stream: "stderr", output: `bench: --scale takes whole numbers from 1 to 5000, e.g. 10,100,1000\n${benchCommand.usage}\n` });
    const settings = readCoreSettings(process.env);
    if (!settings.ok) exitWithError(settings.error);
    await benchScale(settings.value, sizes, questions, write, parsed.values["scale-rules"] === true);
    return 0;
  }

  const service = await openService({ withoutLlm: true });
  if (parsed.values["retrieval"]) {
    const retriever = service.dependencies.retriever;
    if (!(retriever instanceof HybridRetriever)) exitWithError("bench: --retrieval needs the hybrid retriever");
    const labelled = await retrievalCases(service, cases.value);
    const several = labelled.filter((retrievalCase) => retrievalCase.relevantHeadings.length > 1).length;
    const about = `${labelled.length} labelled questions (single-turn Q&A cases with a "cites" heading)`;
    const rankings = await rankAll(retriever, labelled);
    write(formatRankerTable(await compareRankers(rankings, labelled, "relevant"), `retrieval over ${about}; a hit is any section of the case's expected categories (${several} cases have more than one)`));
    write("");
    write(formatRankerTable(await compareRankers(rankings, labelled, "cited"), "the same, scored against the one cited section only (strict)"));
    for (const label of ["relevant", "cited"] as const) {
      const misses = boostedMisses(rankings, labelled, label);
      write(`\nhybrid + boost misses (${label === "relevant" ? "any expected section" : "cited section only"}): ${misses.length}`);
      for (const miss of misses) write(`  ${miss}`);
    }
    return 0;
  }
  await benchSpeed(service, questions, write);
  return 0;
}
