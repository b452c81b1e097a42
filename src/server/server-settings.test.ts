import { describe, expect, it } from "vitest";
import { readServerSettings } from "./server-settings.js";

describe("readServerSettings", () => {
  it("defaults to 127.0.0.1:8787, no keys, memory conversations and hot reload", () => {
    const settings = readServerSettings({});
    expect(settings.ok && settings.value).toMatchObject({ host: "127.0.0.1", port: 8787, apiKeys: [], redisUrl: undefined, hotReload: true, conversationTimeToLiveSeconds: 1800 });
    expect(settings.ok && settings.value.qaLog.file).toBeUndefined();
  });

  it("reads keys, Redis and the Q&A log, treating empty values as unset", () => {
    const settings = readServerSettings({ API_KEYS: " key-aaaaaaaaaaaaaaaa, key-bbbbbbbbbbbbbbbb ", REDIS_URL: "redis://127.0.0.1:6379", PORT: "", HOT_RELOAD: "false", QA_LOG: "/tmp/qa.jsonl", QA_LOG_SALT: "0123456789abcdef" });
    expect(settings.ok && settings.value).toMatchObject({ apiKeys: ["key-aaaaaaaaaaaaaaaa", "key-bbbbbbbbbbbbbbbb"], redisUrl: "redis://127.0.0.1:6379", port: 8787, hotReload: false });
    expect(settings.ok && settings.value.qaLog).toMatchObject({ file: "/tmp/qa.jsonl", maximumBytes: 10 * 1024 * 1024, keptFiles: 5 });
  });

  it.each([
    [{ PORT: "eighty" }, /^environment: PORT: Expected number, received nan; fix: correct or unset PORT/],
    [{ PORT: "70000" }, /^environment: PORT: Number must be less than or equal to 65535/],
    [{ API_KEYS: "short" }, /^environment: API_KEYS: every key must be at least 16 characters/],
    [{ REDIS_URL: "localhost:6379" }, /^environment: REDIS_URL: must start with redis:\/\/ or rediss:\/\//],
    [{ QA_LOG: "qa.jsonl" }, /^environment: QA_LOG_SALT: is required when QA_LOG is set/],
    [{ HOT_RELOAD: "maybe" }, /^environment: HOT_RELOAD: /],
  ])("refuses %o with a one-line error naming the variable and the fix", (environment, message) => {
    const settings = readServerSettings(environment);
    expect(settings.ok).toBe(false);
    if (settings.ok) return;
    expect(settings.error).toMatch(message);
    expect(settings.error.split("\n")).toHaveLength(1);
    expect(settings.error).toContain("fix:");
  });

  it("never repeats a key in an error", () => {
    const settings = readServerSettings({ API_KEYS: "secret-but-short" });
    expect(!settings.ok && settings.error).not.toContain("secret-but-short");
  });
});
