import { timingSafeEqual } from "node:crypto";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { timeout } from "hono/timeout";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { apiError } from "./api-error.js";
import { answerRoutes } from "./answer-routes.js";
import type { AnswerSessionDependencies } from "./answer-session.js";
import { healthRoutes, type ReloadStatus } from "./health-routes.js";
import { createMcpServer } from "./mcp-server.js";
import type { McpToolTexts } from "./mcp-tool-texts.js";
import { openAiRoutes } from "./openai-routes.js";

/** Larger bodies are refused before they are read: a question is at most a few kilobytes. */
export const maximumBodyBytes = 64 * 1024;

export interface ServerAppOptions extends AnswerSessionDependencies {
  readonly apiKeys: readonly string[];
  readonly requestTimeoutMs: number;
  readonly reloads?: ReloadStatus;
  readonly mcpTools: McpToolTexts;
}

/**
 * The HTTP app: JSON API, OpenAI-compatible API, MCP over Streamable HTTP, health and metrics.
 * User input never produces a 500: bad bodies are 400/413 with a one-line reason.
 */
export function createServerApp(options: ServerAppOptions): Hono {
  const app = new Hono();
  const startedAt = options.clock.now();

  app.use("*", async (c, next) => {
    await next();
    options.metrics.observeResponse(c.res.status);
  });
  for (const path of ["/v1/*", "/mcp"]) {
    if (options.apiKeys.length > 0) app.use(path, bearerAuth(options.apiKeys));
    app.use(path, bodyLimit({ maxSize: maximumBodyBytes, onError: (c) => apiError(c, 413, `body: larger than ${maximumBodyBytes / 1024} KB; send one question at a time`, { code: "request_too_large" }) }));
    app.use(path, timeout(options.requestTimeoutMs, () => new HTTPException(504, { message: `no answer within REQUEST_TIMEOUT_MS (${options.requestTimeoutMs} ms); try again` })));
  }

  app.route("/", answerRoutes(options));
  app.route("/", openAiRoutes(options));
  app.route("/", healthRoutes(options, { reloads: options.reloads, startedAt }));
  app.all("/mcp", async (c) => {
    // Stateless: a server and transport per request, so any instance can serve any call.
    const server = createMcpServer(options, options.mcpTools);
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    await server.connect(transport);
    try {
      return await transport.handleRequest(c.req.raw);
    } finally {
      // JSON responses are complete strings by now, so closing cannot cut one short.
      await server.close();
    }
  });

  app.notFound((c) => apiError(c, 404, `no route ${c.req.method} ${c.req.path}; see README.md › Answer service for the endpoints`));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return apiError(c, error.status as ContentfulStatusCode, error.message || "request refused");
    options.logger.error({ path: c.req.path, error: error.message }, "unexpected error while answering");
    return apiError(c, 500, "internal error while answering; it has been logged");
  });
  return app;
}

/** `Authorization: Bearer <key>` against API_KEYS, compared in constant time. */
function bearerAuth(keys: readonly string[]): MiddlewareHandler {
  const accepted = keys.map((key) => Buffer.from(key));
  return async (c, next) => {
    const match = /^Bearer\s+(.+)$/i.exec(c.req.header("authorization") ?? "");
    const given = match ? Buffer.from(match[1]!.trim()) : undefined;
    if (!given || !accepted.some((key) => key.length === given.length && timingSafeEqual(key, given))) {
      return apiError(c, 401, "missing or wrong API key; send Authorization: Bearer <one of API_KEYS>", { code: "invalid_api_key" });
    }
    await next();
  };
}
