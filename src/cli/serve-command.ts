import { createServerApp } from "../server/create-server-app.js";
import { createServerLogger } from "../server/create-server-logger.js";
import { openAnswerContext } from "../server/open-answer-context.js";
import { readServerSettings } from "../server/server-settings.js";
import { startHttpServer } from "../server/start-http-server.js";
import { exitWithError, runIfMain } from "./run-command.js";

/** `npm run serve`: the JSON API, the OpenAI-compatible API and MCP over HTTP (README.md › Answer service). */
export async function main(_argv: readonly string[] = []): Promise<number> {
  const settings = readServerSettings(process.env);
  if (!settings.ok) exitWithError(settings.error);
  const logger = createServerLogger(settings.value, 1);
  const context = await openAnswerContext(process.env, settings.value, logger);
  if (!context.ok) exitWithError(context.error);
  const app = createServerApp({ ...context.value, apiKeys: settings.value.apiKeys, requestTimeoutMs: settings.value.requestTimeoutMs, reloads: context.value.answers });
  const server = await startHttpServer(app, { host: settings.value.host, port: settings.value.port }).catch((error: Error) => exitWithError(error.message));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: finishing open requests");
    await server.close();
    await context.value.close();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(signal));

  logger.info(
    { url: server.url, version: context.value.answers.live.id, conversations: context.value.conversations.kind, hotReload: settings.value.hotReload, auth: settings.value.apiKeys.length > 0 },
    `answering on ${server.url} (POST /v1/answer, /v1/chat/completions, /mcp; GET /healthz, /metrics)`,
  );
  return await new Promise<number>(() => undefined); // runs until a signal stops it
}


// Run directly (node --import tsx src/cli/serve-command.ts) as well as through the bin.
runIfMain(import.meta.url, main);
