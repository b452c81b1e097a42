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
    const settings = readBotSettings({ WECHATY_PUPPET: "wechaty-puppet-service" });
    expect(settings.ok).toBe(false);
    if (!settings.ok) expect(settings.error).toMatch(/^environment: WECHATY_PUPPET_SERVICE_TOKEN: required/);
  });

  it("names the variable and the fix for a bad value", () => {
    const settings = readBotSettings({ BOT_CONCURRENCY: "0" });
    expect(settings.ok).toBe(false);
    if (!settings.ok) expect(settings.error).toMatch(/^environment: BOT_CONCURRENCY: .*fix: correct or unset BOT_CONCURRENCY/);
  });
});
