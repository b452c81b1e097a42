import { pino } from "pino";
import { fixedAnswerService, type LiveAnswerService } from "../../src/app/reloadable-answer-service.js";
import type { ConversationRepository } from "../../src/conversation/conversation-repository.js";
import { MemoryConversationRepository } from "../../src/conversation/memory-conversation-repository.js";
import { noQaLog, type QaLog } from "../../src/qa-log/qa-log.js";
import type { AnswerSessionDependencies } from "../../src/server/answer-session.js";
import { createServerApp } from "../../src/server/create-server-app.js";
import type { ReloadStatus } from "../../src/server/health-routes.js";
import { ServerMetrics } from "../../src/server/server-metrics.js";
import { startHttpServer, type RunningServer } from "../../src/server/start-http-server.js";
import { systemClock } from "../../src/shared/clock.js";
import { loadMcpToolTexts } from "../../src/server/mcp-tool-texts.js";
import { createTestAnswerService, testSettings } from "../support/answer-service.js";

export interface TestServer extends RunningServer {
  readonly dependencies: AnswerSessionDependencies;
}

export interface TestServerOptions {
  readonly answers?: LiveAnswerService;
  readonly conversations?: ConversationRepository;
  readonly qaLog?: QaLog;
  readonly apiKeys?: readonly string[];
  readonly requestTimeoutMs?: number;
  readonly reloads?: ReloadStatus;
}

/** The real app on a real HTTP server at 127.0.0.1, port 0, over the repository's own corpus and rules. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dependencies: AnswerSessionDependencies = {
    answers: options.answers ?? fixedAnswerService(await createTestAnswerService()),
    conversations: options.conversations ?? new MemoryConversationRepository({ clock: systemClock, timeToLiveMs: 60_000, maximumEntries: 1_000 }),
    qaLog: options.qaLog ?? noQaLog,
    metrics: new ServerMetrics(),
    clock: systemClock,
    logger: pino({ level: "silent" }),
  };
  const mcpTools = loadMcpToolTexts(testSettings().promptsDirectory);
  if (!mcpTools.ok) throw new Error(mcpTools.error);
  const app = createServerApp({ ...dependencies, apiKeys: options.apiKeys ?? [], requestTimeoutMs: options.requestTimeoutMs ?? 10_000, reloads: options.reloads, mcpTools: mcpTools.value });
  const server = await startHttpServer(app, { host: "127.0.0.1", port: 0 });
  return { ...server, dependencies };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
  return { status: response.status, json: await response.json() };
}

export async function getJson(url: string): Promise<any> {
  return (await fetch(url)).json();
}
