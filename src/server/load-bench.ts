import { performance } from "node:perf_hooks";
import { join } from "node:path";
import { pino } from "pino";
import { fixedAnswerService } from "../app/reloadable-answer-service.js";
import { exitWithError, openService } from "../cli/run-command.js";
import { projectRoot, readCoreSettings } from "../config/settings.js";
import { MemoryConversationRepository } from "../conversation/memory-conversation-repository.js";
import { percentile } from "../eval/bench-process.js";
import { loadEvalCases, turnsOf } from "../eval/eval-case.js";
import { defaultCasesFile } from "../eval/eval-defaults.js";
import { noQaLog } from "../qa-log/qa-log.js";
import { systemClock } from "../shared/clock.js";
import { createServerApp } from "./create-server-app.js";
import { loadMcpToolTexts } from "./mcp-tool-texts.js";
import { ServerMetrics } from "./server-metrics.js";
import { startHttpServer } from "./start-http-server.js";

/**
 * `npm run bench -- --http [--requests N] [--concurrency N] [--question TEXT]`: N POST /v1/answer
 * requests (the Q&A set's questions in turn, or one fixed question) against an in-process server on
 * 127.0.0.1, with the given number in flight at once. The client runs in
 * the same process, so the figures include its cost: a floor for what a separate server does.
 */
export async function runHttpLoadBench(values: { readonly requests: string; readonly concurrency: string; readonly question?: string }): Promise<number> {
  const requests = Number(values.requests);
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(requests) || requests < 1 || !Number.isInteger(concurrency) || concurrency < 1) exitWithError("--requests and --concurrency take positive whole numbers", 2);

  const cases = await loadEvalCases(join(projectRoot, defaultCasesFile));
  if (!cases.ok) exitWithError(cases.error);
  // One fixed question (--question) measures the HTTP layer; the Q&A set measures the mix users send.
  const questions = values.question
    ? [values.question]
    : cases.value.flatMap((evalCase) => turnsOf(evalCase).map((turn) => turn.question)).filter((question) => question.trim() !== "");

  const service = await openService({ withoutLlm: true });
  const settings = readCoreSettings(process.env);
  if (!settings.ok) exitWithError(settings.error);
  const mcpTools = loadMcpToolTexts(settings.value.promptsDirectory);
  if (!mcpTools.ok) exitWithError(mcpTools.error);
  const app = createServerApp({
    answers: fixedAnswerService(service),
    conversations: new MemoryConversationRepository({ clock: systemClock, timeToLiveMs: 600_000, maximumEntries: 10_000 }),
    qaLog: noQaLog,
    metrics: new ServerMetrics(),
    clock: systemClock,
    logger: pino({ level: "silent" }),
    apiKeys: [],
    requestTimeoutMs: 30_000,
    mcpTools: mcpTools.value,
  });
  const server = await startHttpServer(app, { host: "127.0.0.1", port: 0 });
  const post = async (index: number) => {
    const started = performance.now();
    const response = await fetch(`${server.url}/v1/answer`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      // A few hundred conversations, so the store is read and written as in real use.
      body: JSON.stringify({ question: questions[index % questions.length], conversationId: `bench-${index % 300}` }),
    });
    await response.arrayBuffer();
    return { status: response.status, milliseconds: performance.now() - started };
  };

  for (let index = 0; index < Math.min(200, requests); index += 1) await post(index); // warm-up
  const rssBefore = process.memoryUsage().rss;
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const result = await post(next++);
        latencies.push(result.milliseconds);
        if (result.status !== 200) failures += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  // CPU time says what a request costs when the machine is shared; wall time says what a caller sees.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMilliseconds = (cpu.user + cpu.system) / 1000;
  const rssAfter = process.memoryUsage().rss;
  await server.close();

  const at = (fraction: number) => percentile(latencies, fraction).toFixed(1);
  const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  process.stdout.write(
    `POST /v1/answer (${values.question ? "one question" : `${questions.length} Q&A questions in turn`}): ${requests} requests at concurrency ${concurrency} in ${seconds.toFixed(2)} s → ${(requests / seconds).toFixed(0)} requests/s; ` +
      `latency p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms, max ${percentile(latencies, 1).toFixed(1)} ms; ` +
      `non-200: ${failures}; CPU ${(cpuMilliseconds / 1000).toFixed(2)} s (${(cpuMilliseconds / requests).toFixed(2)} ms per request, client included); ` +
      `RSS ${megabytes(rssBefore)} MB before, ${megabytes(rssAfter)} MB after\n`,
  );
  return failures === 0 ? 0 : 1;
}
