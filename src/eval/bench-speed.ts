import { performance } from "node:perf_hooks";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import type { AnswerService } from "../app/create-answer-service.js";
import { maximumQuestionLength } from "../understanding/normalize-question.js";
import { binFile, median, percentile, runNode } from "./bench-process.js";

const coldRuns = 7;
const batchSizes = [1, 400] as const;
const batchPairs = 7;
// A batch well past V8's warm-up of the answer path (its first ~200 answers cost about twice a later one): the
// cost of one more answer in a long batch, beside the 1-to-400 figure that includes the warm-up.
const longBatchSize = 1600;
const rounds = 5;
// Messages of the longest length read, made of Q&A questions said over and over: a message naming hundreds of
// categories in one clause once took seconds (its reading grew with the names times the clause's length).
const longMessageQuestions = 20;

/** answer() latency in process; cold one-question runs against `node -e 0`; batch marginal cost; peak RSS. */
export async function benchSpeed(service: AnswerService, questions: readonly string[], write: (line: string) => void): Promise<void> {
  // Timings on a shared machine mean little without the load they were taken under.
  const load = () => loadavg().map((value) => value.toFixed(2)).join(" / ");
  write(`load average (1 / 5 / 15 min) at start: ${load()}`);
  for (const question of questions) await service.answer(question); // warm-up
  const perAnswer: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const question of questions) {
      const started = performance.now();
      await service.answer(question);
      perAnswer.push(performance.now() - started);
    }
  }
  write(`answer() in process, ${questions.length} Q&A questions × ${rounds}: p50 ${median(perAnswer).toFixed(3)} ms, p95 ${percentile(perAnswer, 0.95).toFixed(3)} ms, p99 ${percentile(perAnswer, 0.99).toFixed(3)} ms`);
  const longest: number[] = [];
  for (const message of longMessages(questions)) {
    const started = performance.now();
    await service.answer(message);
    longest.push(performance.now() - started);
  }
  write(`answer() on ${longest.length} messages of ${maximumQuestionLength} characters (Q&A questions repeated, as typed and without punctuation or spaces): median ${median(longest).toFixed(1)} ms, slowest ${Math.max(...longest).toFixed(1)} ms`);

  if (!existsSync(binFile)) throw new Error("bench: the built commands are missing; fix: npm run build");
  const ask = (args: string[], input?: string) => {
    const run = runNode([binFile, "ask", ...args], { input });
    if (run.status !== 0) throw new Error(`ask failed: ${run.stderr.split("\n")[0]}`);
    return run;
  };
  ask(["--json", "warm the index cache"]);
  const cold: number[] = [];
  const baseline: number[] = [];
  const rss: number[] = [];
  // Paired runs, so a drift in machine speed moves both sides of the ratio.
  for (let run = 0; run < coldRuns; run += 1) {
    const one = ask(["--json", "电商平台类目能用 live-pusher 吗"]);
    cold.push(one.milliseconds);
    rss.push(one.peakRssMiB);
    baseline.push(runNode(["-e", "0"]).milliseconds);
  }
  const ratios = cold.map((value, index) => value / baseline[index]!);
  write(`cold one-question ask (process start to exit, built bin), ${coldRuns} paired runs: median ${median(cold).toFixed(0)} ms; node -e 0 median ${median(baseline).toFixed(0)} ms; ratio ${median(ratios).toFixed(2)}×; peak RSS ${median(rss).toFixed(0)} MiB`);

  const batchInput = (size: number) => `${Array.from({ length: size }, (_, index) => questions[index % questions.length]).join("\n")}\n`;
  const batch = (size: number) => {
    const input = batchInput(size);
    return Math.min(...Array.from({ length: 3 }, () => ask(["--json"], input).milliseconds));
  };
  // Paired runs, as for the cold ask: a 1-question run and a 400-question run in turn, so a drift in machine speed
  // moves both sides of each difference; best-of-3 of each side alone let one slow 1-question run swing the figure.
  const [smallInput, largeInput] = batchSizes.map(batchInput) as [string, string];
  const pairs = Array.from({ length: batchPairs }, () => {
    const small = ask(["--json"], smallInput).milliseconds;
    const large = ask(["--json"], largeInput).milliseconds;
    return { small, large, marginal: (large - small) / (batchSizes[1] - batchSizes[0]) };
  });
  const [small, large] = [median(pairs.map((pair) => pair.small)), median(pairs.map((pair) => pair.large))];
  const marginals = pairs.map((pair) => pair.marginal);
  // The spread beside the median: on a shared machine one pair can move by a fifth, and a reader should see how far.
  write(`batch mode: ${batchSizes[0]} question ${small.toFixed(0)} ms, ${batchSizes[1]} questions ${large.toFixed(0)} ms (medians of ${batchPairs} paired runs) → marginal ${median(marginals).toFixed(2)} ms per answer (median of the pairs; pairs ${Math.min(...marginals).toFixed(2)}–${Math.max(...marginals).toFixed(2)})`);
  const long = batch(longBatchSize);
  // Best against best: both sides are the run least held up by other jobs.
  const largeBest = Math.min(...pairs.map((pair) => pair.large));
  write(`batch mode past the warm-up: ${longBatchSize} questions ${long.toFixed(0)} ms against ${batchSizes[1]} in ${largeBest.toFixed(0)} ms (best runs) → ${((long - largeBest) / (longBatchSize - batchSizes[1])).toFixed(2)} ms per answer after the first ${batchSizes[1]}`);
  write(`load average (1 / 5 / 15 min) at end: ${load()}`);
}

/** Q&A questions spread over the set, each repeated up to the longest message read: as typed, and run together. */
function longMessages(questions: readonly string[]): string[] {
  const step = Math.max(1, Math.floor(questions.length / longMessageQuestions));
  const picked = questions.filter((_, index) => index % step === 0).slice(0, longMessageQuestions);
  const fill = (unit: string) => (unit === "" ? [] : [unit.repeat(Math.ceil(maximumQuestionLength / unit.length)).slice(0, maximumQuestionLength)]);
  return picked.flatMap((question) => [...fill(question), ...fill(question.replace(/[\p{P}\s]+/gu, ""))]);
}
