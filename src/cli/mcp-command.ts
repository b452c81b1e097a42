import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createServerLogger } from "../server/create-server-logger.js";
import { createMcpServer } from "../server/mcp-server.js";
import { openAnswerContext } from "../server/open-answer-context.js";
import { readServerSettings } from "../server/server-settings.js";
import { exitWithError, runIfMain } from "./run-command.js";

/** `npm run mcp`: the MCP server over stdio, for clients that start it as a child process. Logs go to stderr. */
export async function main(_argv: readonly string[] = []): Promise<number> {
  const settings = readServerSettings(process.env);
  if (!settings.ok) exitWithError(settings.error);
  const logger = createServerLogger(settings.value, 2);
  const context = await openAnswerContext(process.env, settings.value, logger);
  if (!context.ok) exitWithError(context.error);
  const server = createMcpServer(context.value, context.value.mcpTools);
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
  });
  await server.connect(transport);
  // The client closing stdin ends the session; a signal ends it too.
  process.stdin.on("end", () => void server.close());
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void server.close());
  logger.info({ version: context.value.answers.live.id }, "MCP server on stdio");
  await closed;
  await context.value.close();
  return 0;
}


// Run directly (node --import tsx src/cli/mcp-command.ts) as well as through the bin.
runIfMain(import.meta.url, main);
