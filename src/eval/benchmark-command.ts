import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { join } from "node:path";
import { projectRoot } from "../config/settings.js";
import { exitWithError, openService, runMain } from "../cli/run-command.js";
import { loadEvalCases, turnsOf } from "./eval-case.js";
import { defaultCasesFile } from "./eval-defaults.js";
import { runHttpLoadBench } from "../server/load-bench.js";

// Speed is measured here, not asserted in tests: numbers depend on the machine.
const coldRuns = 5;
const batchSizes = [1, 400] as const;
const rounds = 5;

if (process.argv.includes("--http")) runMain(() => runHttpLoadBench(process.argv.slice(2)));
else runMain(async () => {
  const cases = await loadEvalCases(join(projectRoot, defaultCasesFile));
  if (!cases.ok) exitWithError(cases.error);
  const questions = cases.value.flatMap((evalCase) => turnsOf(evalCase).map((turn) => turn.question)).filter((question) => question.trim() !== "");

  const service = await openService();
  for (const question of questions) await service.answer(question); // warm-up
  const perAnswer: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const question of questions) {
      const started = performance.now();
      await service.answer(question);
      perAnswer.push(performance.now() - started);
    }
  }
  report(`in-process answer() over ${questions.length} Q&A questions × ${rounds}`, perAnswer);

  const ask = (args: string[], input?: string) => {
    const started = performance.now();
    const result = spawnSync(process.execPath, ["--import", "tsx", join(projectRoot, "src/cli/ask-command.ts"), ...args], {
      cwd: projectRoot,
      input,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) exitWithError(`ask failed: ${result.stderr}`);
    return performance.now() - started;
  };
  const cold = Array.from({ length: coldRuns }, () => ask(["--json", "电商平台类目能用 live-pusher 吗"]));
  report(`one-question run (process start to exit, node --import tsx), ${coldRuns} runs`, cold);

  const batch = (size: number) => {
    const input = Array.from({ length: size }, (_, index) => questions[index % questions.length]).join("\n");
    return Math.min(...Array.from({ length: 3 }, () => ask(["--json"], `${input}\n`)));
  };
  const [small, large] = batchSizes.map(batch) as [number, number];
  const marginal = (large - small) / (batchSizes[1] - batchSizes[0]);
  process.stdout.write(`batch mode: ${batchSizes[0]} question ${small.toFixed(0)} ms, ${batchSizes[1]} questions ${large.toFixed(0)} ms (best of 3) → marginal ${marginal.toFixed(2)} ms per answer\n`);
  return 0;
});

function report(label: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  process.stdout.write(`${label}: mean ${mean.toFixed(2)} ms, median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms\n`);
}
