import { describe, expect, it } from "vitest";
import { readBotSettings } from "./bot-settings.js";

describe("readBotSettings", () => {
  it("gives documented defaults for an empty environment", () => {
    const settings = readBotSettings({});
    expect(settings.ok && settings.value).toMatchObject({
      puppet: "wechaty-puppet-wechat4u",
      keywords: ["直播类目"],
      privateChat: true,
      userRateLimit: 6,
      roomRateLimit: 30,
      contextTimeToLiveMs: 600_000,
      messageMaximumCharacters: 1_800,
    });
  });

  it("parses lists and flags", () => {
    const settings = readBotSettings({ BOT_KEYWORDS: "直播类目, 类目助手", BOT_PRIVATE_CHAT: "off", BOT_ROOM_ALLOWLIST: "a@chatroom|小程序群" });
    expect(settings.ok && settings.value).toMatchObject({ keywords: ["直播类目", "类目助手"], privateChat: false, roomAllowlist: ["a@chatroom", "小程序群"] });
  });

  it("requires a token for wechaty-puppet-service", () => {
    const settings = readBotSettings({ BOT_CHANNEL: "wechaty", WECHATY_PUPPET: "wechaty-puppet-service" });
    expect(settings.ok).toBe(false);
    if (!settings.ok) expect(settings.error).toMatch(/^environment: WECHATY_PUPPET_SERVICE_TOKEN: required/);
  });

  it("has no channel until BOT_CHANNEL names one", () => {
    const settings = readBotSettings({});
    expect(settings.ok && settings.value.channel).toBe(null);
    const wrong = readBotSettings({ BOT_CHANNEL: "telegram" });
    expect(!wrong.ok && wrong.error).toMatch(/^environment: BOT_CHANNEL: Invalid enum value/);
  });

  it("requires the WeCom BotID and Secret with BOT_CHANNEL=wecom, and never shows the secret when logged", () => {
    const missing = readBotSettings({ BOT_CHANNEL: "wecom", WECOM_BOT_ID: "bot" });
    expect(!missing.ok && missing.error).toMatch(/^environment: WECOM_BOT_SECRET: required with BOT_CHANNEL=wecom; fix: /);
    const settings = readBotSettings({ BOT_CHANNEL: "wecom", WECOM_BOT_ID: "bot-id", WECOM_BOT_SECRET: "s3cret-value", WECOM_WS_URL: "ws://127.0.0.1:9" });
    expect(settings.ok && settings.value.wecom).toMatchObject({ botId: "bot-id", wsUrl: "ws://127.0.0.1:9" });
    expect(settings.ok && settings.value.wecom?.secret).toBe("s3cret-value");
    expect(JSON.stringify(settings)).not.toContain("s3cret-value");
    const badUrl = readBotSettings({ BOT_CHANNEL: "wecom", WECOM_BOT_ID: "b", WECOM_BOT_SECRET: "s", WECOM_WS_URL: "https://example.com" });
    expect(!badUrl.ok && badUrl.error).toMatch(/^environment: WECOM_WS_URL: must start with ws:\/\/ or wss:\/\//);
  });

  it("points an old BOT_QA_LOG setting to QA_LOG instead of ignoring it", () => {
    const settings = readBotSettings({ BOT_QA_LOG: "qa.jsonl" });
    expect(!settings.ok && settings.error).toMatch(/^environment: BOT_QA_LOG: replaced by QA_LOG.*fix: set QA_LOG/);
  });

  it("names the variable and the fix for a bad value", () => {
    const settings = readBotSettings({ BOT_CONCURRENCY: "0" });
    expect(settings.ok).toBe(false);
    if (!settings.ok) expect(settings.error).toMatch(/^environment: BOT_CONCURRENCY: .*fix: correct or unset BOT_CONCURRENCY/);
  });
});
