import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LiveAnswerService } from "../../src/app/reloadable-answer-service.js";
import { answerJsonSchema, answerWithConversationSchema } from "../../src/server/answer-json-schema.js";
import { getJson, postJson, startTestServer, type TestServer } from "./test-server.js";

describe("POST /v1/answer", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("returns the JSON contract with the rules' verdict and a conversation id", async () => {
    const { status, json } = await postJson(`${server.url}/v1/answer`, { question: "电商平台类目能用 live-pusher 吗" });
    expect(status).toBe(200);
    expect(answerWithConversationSchema.safeParse(json).success).toBe(true);
    expect(json.method).toBe("plugin");
    expect(json.categories).toEqual([{ primary: "电商平台", secondary: "电商平台", method: "plugin" }]);
    expect(json.citations[0].source).toBe("corpus/live-streaming-categories.md");
    expect(typeof json.conversationId).toBe("string");
  });

  it("keeps the context of a conversation id for a follow-up", async () => {
    const first = await postJson(`${server.url}/v1/answer`, { question: "银行能直播吗", conversationId: "api-follow-up" });
    expect(first.json.conversationId).toBe("api-follow-up");
    const second = await postJson(`${server.url}/v1/answer`, { question: "那需要什么资质?", conversationId: "api-follow-up" });
    expect(second.json.categories.map((category: { secondary: string }) => category.secondary)).toEqual(["银行"]);
    const stranger = await postJson(`${server.url}/v1/answer`, { question: "那需要什么资质?", conversationId: "someone-else" });
    expect(stranger.json.categories).toEqual([]);
  });

  it("answers the same question without an id on its own, with a fresh id each time", async () => {
    const a = await postJson(`${server.url}/v1/answer`, { question: "银行能直播吗" });
    const b = await postJson(`${server.url}/v1/answer`, { question: "银行能直播吗" });
    expect(a.json.conversationId).not.toBe(b.json.conversationId);
  });

  it("refuses a body over 64 KB with 413 and a one-line reason", async () => {
    const { status, json } = await postJson(`${server.url}/v1/answer`, { question: "直".repeat(30_000) });
    expect(status).toBe(413);
    expect(json.error.message).toMatch(/64 KB/);
    expect(json.error.message).not.toContain("\n");
  });

  it.each([
    ["broken JSON", "{\"question\": ", /not valid JSON/],
    ["an empty body", "", /empty/],
    ["a number for the question", { question: 42 }, /body\.question: must be a string/],
    ["no question", { conversationId: "x" }, /body\.question: required/],
    ["an unknown field", { question: "银行能直播吗", temperature: 2 }, /Unrecognized key/],
    ["a conversation id with control characters", { question: "银行能直播吗", conversationId: "a\u0000b" }, /conversationId: must not contain control characters/],
    ["a JSON array", [1, 2], /body: Expected object/],
  ])("refuses %s with 400 and a one-line reason", async (_name, body, reason) => {
    const { status, json } = await postJson(`${server.url}/v1/answer`, body);
    expect(status).toBe(400);
    expect(json.error.type).toBe("invalid_request_error");
    expect(json.error.message).toMatch(reason);
    expect(json.error.message).not.toContain("\n");
  });

  it("answers an empty or odd question with help or a clarification, never a 500", async () => {
    for (const question of ["", "   ", "🙂🙂", "\u0007", "a".repeat(5_000)]) {
      const { status, json } = await postJson(`${server.url}/v1/answer`, { question });
      expect(status).toBe(200);
      expect(answerJsonSchema.safeParse(json).success).toBe(true);
    }
  });

  it("says which routes exist for an unknown path, as JSON", async () => {
    const response = await fetch(`${server.url}/v2/nothing`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as any).error.message).toMatch(/no route GET \/v2\/nothing/);
  });
});

describe("GET /healthz and /metrics", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await postJson(`${server.url}/v1/answer`, { question: "电商平台类目能用 live-pusher 吗" });
    await postJson(`${server.url}/v1/answer`, { question: "今天天气怎么样" });
  });
  afterAll(() => server.close());

  it("reports the live version, the corpus version and the index state", async () => {
    const health = await getJson(`${server.url}/healthz`);
    expect(health.status).toBe("ok");
    expect(health.version).toBe("v1");
    expect(health.corpus.updated).toBe("2026-02-11 19:22:42");
    expect(health.corpus.hash).toMatch(/^[0-9a-f]{12}$/);
    expect(health.index.chunks).toBeGreaterThan(20);
    // The test run builds the index once (globalSetup); a service then loads it, or builds it when alone.
    expect(["built", "loaded from cache"]).toContain(health.index.state);
    expect(health.conversations).toBe("memory");
  });

  it("counts answers by method, unanswered questions, latency and reloads in Prometheus text", async () => {
    const response = await fetch(`${server.url}/metrics`);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('live_category_bot_answers_total{channel="http",method="plugin",kind="verdict"} 1');
    expect(text).toContain('live_category_bot_unanswered_total{reason="out-of-corpus"} 1');
    expect(text).toContain("live_category_bot_unknown_ratio 0.5");
    expect(text).toContain('live_category_bot_answer_latency_seconds_bucket{le="+Inf"} 2');
    expect(text).toContain('live_category_bot_reloads_total{outcome="applied"} 0');
    // Every sample line is `name{labels} value` or `name value`.
    for (const line of text.trim().split("\n").filter((entry) => !entry.startsWith("#"))) expect(line).toMatch(/^[a-z_]+(\{[^}]*\})? [0-9.e+-]+$/);
  });
});

describe("API keys and the request timeout", () => {
  it("refuses /v1 and /mcp requests without a valid bearer key when API_KEYS is set, and leaves /healthz open", async () => {
    const key = "k-0123456789abcdef";
    const server = await startTestServer({ apiKeys: [key] });
    try {
      expect((await postJson(`${server.url}/v1/answer`, { question: "银行能直播吗" })).status).toBe(401);
      const wrong = await postJson(`${server.url}/v1/answer`, { question: "银行能直播吗" }, { authorization: "Bearer k-wrong-wrong-wrong" });
      expect(wrong.status).toBe(401);
      expect(wrong.json.error.code).toBe("invalid_api_key");
      expect((await postJson(`${server.url}/v1/answer`, { question: "银行能直播吗" }, { authorization: `Bearer ${key}` })).status).toBe(200);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect((await postJson(`${server.url}/mcp`, { jsonrpc: "2.0", id: 1, method: "tools/list" })).status).toBe(401);
      expect((await postJson(`${server.url}/v1/chat/completions`, { model: "m", messages: [] })).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it("answers 504 with a one-line reason when an answer takes longer than the request timeout", async () => {
    const real = await startTestServer();
    await real.close();
    let release: () => void = () => {};
    const stalled = new Promise<void>((resolve) => (release = resolve));
    // A core that waits until the test releases it: the boundary is faked, the HTTP stack is real.
    const slow: LiveAnswerService = {
      live: real.dependencies.answers.live,
      answer: async (...args) => {
        await stalled;
        return real.dependencies.answers.answer(...args);
      },
    };
    const server = await startTestServer({ answers: slow, requestTimeoutMs: 200 });
    try {
      const { status, json } = await postJson(`${server.url}/v1/answer`, { question: "银行能直播吗" });
      expect(status).toBe(504);
      expect(json.error.message).toMatch(/REQUEST_TIMEOUT_MS \(200 ms\)/);
    } finally {
      release();
      await server.close();
    }
  });
});
