import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  readonly path: string;
  readonly body: Record<string, unknown>;
}

export interface FakeLlmServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** What the model says, given the request's messages; set per test. */
  reply: (messages: Array<{ role: string; content: string }>) => string;
  /** Delay before answering, to play a slow model. */
  delayMs: number;
  /** While set, every reply waits for it: a model that answers only when the test lets it. */
  held: Promise<void> | null;
  close(): Promise<void>;
}

const dimensions = 64;

/** A deterministic vector: hashed character bigrams, so similar texts land close. */
export function fakeEmbedding(text: string): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  const characters = [...text];
  for (let index = 0; index + 1 < characters.length; index += 1) {
    let hash = 2166136261;
    for (const character of characters[index]! + characters[index + 1]!) hash = Math.imul(hash ^ character.codePointAt(0)!, 16777619) >>> 0;
    vector[hash % dimensions]! += 1;
  }
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0)) || 1;
  return vector.map((value) => value / norm);
}

/**
 * A local HTTP server speaking the OpenAI chat-completions (plain and streaming) and
 * embeddings protocols, and Ollama's /api/chat and /api/embed — real HTTP for provider tests.
 */
export async function startFakeLlmServer(): Promise<FakeLlmServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<import("node:net").Socket>();
  const state: FakeLlmServer = {
    url: "",
    requests,
    reply: () => "这是根据文档规则得出的结论。",
    delayMs: 0,
    held: null,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: { message: String(error) } }));
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let raw = "";
    for await (const chunk of request) raw += chunk;
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    requests.push({ path, body });
    if (state.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, state.delayMs));
    if (state.held) await state.held;
    if (response.destroyed) return;

    if (path === "/v1/chat/completions") return openAiChat(body, response);
    if (path === "/v1/embeddings") return openAiEmbeddings(body, response);
    if (path === "/api/chat") return ollamaChat(body, response);
    if (path === "/api/embed") return ollamaEmbed(body, response);
    response.writeHead(404, { "content-type": "application/json" });
    response.end(JSON.stringify({ error: { message: `no route ${path}` } }));
  }

  function text(body: Record<string, unknown>): string {
    return state.reply((body.messages as Array<{ role: string; content: string }>) ?? []);
  }

  /** The reply in pieces of four characters with their index, cut as they are sent: a 1 MB reply is not split up front. */
  function* pieces(content: string): Generator<[string, number]> {
    let piece = "";
    let count = 0;
    let index = 0;
    for (const character of content) {
      piece += character;
      count += 1;
      if (count === 4) {
        yield [piece, index++];
        piece = "";
        count = 0;
      }
    }
    if (count > 0) yield [piece, index];
  }

  /**
   * Writes one piece (the index-th of its reply), waiting for the client to read when its buffer is full, as a real
   * server does (a 1 MB reply streams, it does not block). Every 64 pieces it lets the event loop turn, as a model's
   * tokens arrive over time: the client, in this same process, reads a long reply as it comes and can stop it,
   * instead of the server first filling the socket's buffers (some 20,000 pieces). Short replies go in one burst.
   */
  async function send(response: ServerResponse, piece: string, index: number): Promise<boolean> {
    if (response.destroyed || response.writableEnded) return false;
    if (!response.write(piece)) {
      // One listener pair per wait, removed afterwards, so a long reply does not pile up listeners.
      const stop = new AbortController();
      await Promise.race([once(response, "drain", { signal: stop.signal }), once(response, "close", { signal: stop.signal })]).catch(() => undefined);
      stop.abort();
    } else if (index % 64 === 63) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    return !response.destroyed;
  }

  async function openAiChat(body: Record<string, unknown>, response: ServerResponse): Promise<void> {
    const content = text(body);
    const base = { id: "chatcmpl-fake", created: Math.floor(Date.now() / 1000), model: String(body.model) };
    if (!body.stream) {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(
        JSON.stringify({
          ...base,
          object: "chat.completion",
          choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        }),
      );
      return;
    }
    response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    const chunk = (delta: object, finish: string | null) =>
      `data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    response.write(chunk({ role: "assistant", content: "" }, null));
    for (const [piece, index] of pieces(content)) if (!(await send(response, chunk({ content: piece }, null), index))) return;
    response.write(chunk({}, "stop"));
    response.end("data: [DONE]\n\n");
  }

  function openAiEmbeddings(body: Record<string, unknown>, response: ServerResponse): void {
    const inputs = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
    const base64 = body.encoding_format === "base64";
    const data = inputs.map((input, index) => {
      const vector = fakeEmbedding(input);
      const embedding = base64 ? Buffer.from(new Float32Array(vector).buffer).toString("base64") : vector;
      return { object: "embedding", index, embedding };
    });
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ object: "list", data, model: String(body.model), usage: { prompt_tokens: 1, total_tokens: 1 } }));
  }

  async function ollamaChat(body: Record<string, unknown>, response: ServerResponse): Promise<void> {
    const content = text(body);
    const base = { model: String(body.model), created_at: new Date().toISOString() };
    if (body.stream === false) {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ ...base, message: { role: "assistant", content }, done: true, done_reason: "stop" }));
      return;
    }
    response.writeHead(200, { "content-type": "application/x-ndjson" });
    for (const [piece, index] of pieces(content)) if (!(await send(response, `${JSON.stringify({ ...base, message: { role: "assistant", content: piece }, done: false })}\n`, index))) return;
    response.end(`${JSON.stringify({ ...base, message: { role: "assistant", content: "" }, done: true, done_reason: "stop", total_duration: 1, eval_count: 1 })}\n`);
  }

  function ollamaEmbed(body: Record<string, unknown>, response: ServerResponse): void {
    const inputs = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ model: String(body.model), embeddings: inputs.map(fakeEmbedding) }));
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  Object.assign(state, { url: `http://127.0.0.1:${address.port}` });
  return state;
}
