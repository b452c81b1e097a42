import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { emptyConversation } from "../../src/answer/answer.js";
import { projectRoot } from "../../src/config/settings.js";
import { RedisConversationRepository } from "../../src/conversation/redis-conversation-repository.js";
import { redisServerMissing, startRedisServer, type RunningRedis } from "../support/redis-server.js";
import { postJson, startTestServer } from "./test-server.js";

if (redisServerMissing) console.warn(`Skipping the Redis conversation tests: ${redisServerMissing}`);

/** The bundled bin (what `npm run serve` runs), built from the current sources by the global setup. */
const entry = inject("commandEntry");

/** `npm run serve` as a child process on a free port; resolves with its URL from the start-up log line. */
async function spawnServe(environment: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [entry, "serve"], {
    cwd: projectRoot,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_FORMAT: "json", HOT_RELOAD: "false", ...environment },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (data: Buffer) => {
      output += data.toString();
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.stderr!.on("data", (data: Buffer) => (output += data.toString()));
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
  return { url, child };
}

async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  await exited;
}

describe.skipIf(redisServerMissing !== null)("conversations in Redis", () => {
  let redis: RunningRedis;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it("lets two serve processes share one conversation", async () => {
    // The run's index: this test is about the shared conversation, not the index build.
    const environment = { REDIS_URL: redis.url, CACHE_DIR: inject("testCacheDirectory"), REDIS_KEY_PREFIX: "shared-test:" };
    const [first, second] = await Promise.all([spawnServe(environment), spawnServe(environment)]);
    try {
      expect(first.url).not.toBe(second.url);
      const opening = await postJson(`${first.url}/v1/answer`, { question: "银行能直播吗", conversationId: "shared-1" });
      expect(opening.json.method).toBe("native");
      const followUp = await postJson(`${second.url}/v1/answer`, { question: "那需要什么资质?", conversationId: "shared-1" });
      expect(followUp.status).toBe(200);
      expect(followUp.json.categories.map((category: { secondary: string }) => category.secondary)).toEqual(["银行"]);
      expect(followUp.json.answer).toContain("银行");
      expect((await (await fetch(`${second.url}/healthz`)).json() as { conversations: string }).conversations).toBe("redis");
    } finally {
      await Promise.all([stopProcess(first.child), stopProcess(second.child)]);
    }
  }, 90_000); // two processes start on a shared 2-core machine

  it("answers 503 with a one-line reason while Redis is away, and still answers questions without a conversation", async () => {
    const ownRedis = await startRedisServer();
    const repository = await RedisConversationRepository.connect({ url: ownRedis.url, timeToLiveSeconds: 60, keyPrefix: "away:" });
    if (!repository.ok) throw new Error(repository.error);
    const server = await startTestServer({ conversations: repository.value });
    try {
      expect((await postJson(`${server.url}/v1/answer`, { question: "银行能直播吗", conversationId: "c" })).status).toBe(200);
      await ownRedis.stop();
      const away = await postJson(`${server.url}/v1/answer`, { question: "那需要什么资质?", conversationId: "c" });
      expect(away.status).toBe(503);
      expect(away.json.error.message).toMatch(/^conversation store \(redis\) unavailable: .*; try again shortly$/);
      // Questions without a conversation do not need the store.
      const openAi = await postJson(`${server.url}/v1/chat/completions`, { model: "m", messages: [{ role: "user", content: "银行能直播吗" }] });
      expect(openAi.status).toBe(200);
    } finally {
      await server.close();
      await repository.value.close().catch(() => undefined);
    }
  });

  it("stores each conversation as JSON under its prefix with the configured time to live", async () => {
    const repository = await RedisConversationRepository.connect({ url: redis.url, timeToLiveSeconds: 600, keyPrefix: "ttl-test:" });
    if (!repository.ok) throw new Error(repository.error);
    const raw = createClient({ url: redis.url });
    await raw.connect();
    try {
      const state = { ...emptyConversation, categories: ["finance-bank"] };
      await repository.value.set("alice", state);
      expect(await repository.value.get("alice")).toEqual(state);
      const ttl = await raw.ttl("ttl-test:alice");
      expect(ttl).toBeGreaterThan(590);
      expect(ttl).toBeLessThanOrEqual(600);
      expect(await repository.value.get("bob")).toBeUndefined();
      await repository.value.delete("alice");
      expect(await repository.value.get("alice")).toBeUndefined();
    } finally {
      await raw.close();
      await repository.value.close();
    }
  });

  it("says in one line which setting to fix when Redis cannot be reached at start-up", async () => {
    const stopped = await startRedisServer();
    await stopped.stop();
    const repository = await RedisConversationRepository.connect({ url: `redis://user:secret@127.0.0.1:${stopped.port}`, timeToLiveSeconds: 60, keyPrefix: "x:" });
    expect(repository.ok).toBe(false);
    if (repository.ok) return;
    expect(repository.error).toMatch(/^environment: REDIS_URL: cannot connect to redis:\/\/user:\*\*\*@127\.0\.0\.1:\d+ .*fix: /);
    expect(repository.error).not.toContain("secret");
    expect(repository.error).not.toContain("\n");
  });
});
