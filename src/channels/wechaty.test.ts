import { once } from "node:events";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Wechaty } from "wechaty";
import { mock, PuppetMock } from "wechaty-puppet-mock";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";
import type { BotSettings } from "./group-chat/bot-settings.js";
import type { AnswerCore, BotLogger, HandledEvent } from "./group-chat/group-chat-handler.js";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { MemoryCard } from "memory-card";
import { ManualTimers } from "./group-chat/timers.js";
import { openSessionCard } from "./wechaty-session-card.js";
import { memoryQaLog } from "./wecom/wecom-test-kit.js";
import { createWechatyBot, handlerOf } from "./wechaty.js";

let service: AnswerService;
beforeAll(async () => {
  service = await createTestAnswerService();
});

const quietLogger = (): BotLogger & { lines: Array<{ level: string; object: object; message?: string }> } => {
  const lines: Array<{ level: string; object: object; message?: string }> = [];
  const log = (level: string) => (object: object, message?: string) => lines.push({ level, object, message });
  return { lines, info: log("info"), warn: log("warn"), error: log("error"), debug: log("debug") };
};

interface Sent {
  readonly roomId: string | null;
  readonly toId: string | null;
  readonly text: string;
}

const running: Wechaty[] = [];
afterEach(async () => {
  while (running.length > 0) await running.pop()!.stop();
});

/** A logged-in bot in one room with two members, on a real wechaty runtime driven by puppet-mock. */
async function startBot(options: { settings?: Partial<BotSettings>; core?: AnswerCore; timers?: ManualTimers; memory?: MemoryCard } = {}) {
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  // Waits are on events: each check runs again whenever something the tests count has happened.
  const checks = new Set<() => void>();
  const changed = () => [...checks].forEach((check) => check());
  const until = (condition: () => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!condition()) return;
        checks.delete(check);
        resolve();
      };
      checks.add(check);
      check();
    });
  const handled: HandledEvent[] = [];
  const logger = quietLogger();
  const qaLog = memoryQaLog();
  const bot = createWechatyBot({
    puppet,
    core: options.core ?? service.answer,
    settings: options.settings,
    ...(options.timers ? { timers: options.timers } : {}),
    ...(options.memory ? { memory: options.memory } : {}),
    logger,
    qaLog,
    onHandled: (event) => {
      if (event.outcome !== "ignored-self") handled.push(event); // the bot's own replies come back as messages
      changed();
    },
  });
  running.push(bot);
  await bot.start();
  const botUser = mocker.createContact({ name: "直播助手" });
  // The mock's side of every message the bot sends, counted as it is sent (the contact also hears messages to it).
  let sentByBot = 0;
  botUser.on("message", (message) => {
    if (message.talker().id !== botUser.id) return;
    sentByBot += 1;
    changed();
  });
  const alice = mocker.createContact({ name: "Alice" });
  const bob = mocker.createContact({ name: "Bob" });
  const room = mocker.createRoom({ topic: "小程序开发群", memberIdList: [botUser.id, alice.id, bob.id] });
  const loggedIn = once(bot as unknown as import("node:events").EventEmitter, "login");
  mocker.login(botUser);
  await loggedIn;

  const sent: Sent[] = [];
  bot.on("message", (message) => {
    if (!message.self()) return;
    sent.push({ roomId: message.room()?.id ?? null, toId: message.listener()?.id ?? null, text: message.text() });
    changed();
  });
  /** Waits until `expectedHandled` messages were handled, the queue is idle, and every reply the bot sent came back as a message event. */
  const settle = async (expectedHandled: number) => {
    await until(() => handled.length >= expectedHandled);
    await handlerOf(bot).idle();
    await until(() => sent.length >= sentByBot); // the bot's own replies come back as events
  };
  return { bot, mocker, botUser, alice, bob, room, sent, handled, settle, logger, qaLog };
}

describe("createWechatyBot in a room", () => {
  it("answers an @-mention with one reply that mentions the asker and carries the rules' verdict", async () => {
    const { alice, botUser, room, sent, settle } = await startBot();
    alice.say("@直播助手\u2005我们是电商平台类目,能直接用 live-pusher 吗?", [botUser]).to(room);
    await settle(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.roomId).toBe(room.id);
    expect(sent[0]!.text.startsWith("@Alice ")).toBe(true);
    expect(sent[0]!.text).toContain("「电商平台」类目需通过 小程序·云直播插件 接入直播");
    expect(sent[0]!.text).toContain("来源:");
  });

  it("answers a mention typed as text when the platform leaves the mention list empty", async () => {
    const { alice, room, sent, settle } = await startBot();
    alice.say("@直播助手 银行能直播吗").to(room);
    await settle(1);
    expect(sent.map((message) => message.text)).toEqual([expect.stringContaining("「金融业-银行」类目可以使用微信原生组件标签")]);
  });

  it("stays silent on a plain room message", async () => {
    const { alice, room, sent, settle, handled } = await startBot();
    alice.say("大家好,今天的直播几点开始?").to(room);
    await settle(1);
    expect(handled.map((event) => event.outcome)).toEqual(["ignored-not-addressed"]);
    expect(sent).toEqual([]);
  });

  it("answers a message that starts with the keyword", async () => {
    const { alice, room, sent, settle } = await startBot();
    alice.say("直播类目 个人主体能直播吗?").to(room);
    await settle(1);
    expect(sent[0]!.text).toContain("个人认证的微信小程序暂不支持直播业务");
  });

  it("keeps two people's follow-ups apart in one room", async () => {
    const { alice, bob, botUser, room, sent, settle } = await startBot();
    alice.say("@直播助手\u2005银行能直播吗", [botUser]).to(room);
    await settle(1);
    bob.say("@直播助手\u2005驾校培训能用 live-pusher 吗", [botUser]).to(room);
    await settle(2);
    alice.say("@直播助手\u2005那需要什么资质?", [botUser]).to(room);
    await settle(3);
    bob.say("@直播助手\u2005那需要什么资质?", [botUser]).to(room);
    await settle(4);
    expect(sent).toHaveLength(4);
    expect(sent[2]!.text).toMatch(/^@Alice .*「金融业-银行」资质要求:2选1/s);
    expect(sent[3]!.text).toMatch(/^@Bob .*「教育-驾校培训」的资质要求一栏没有内容/s);
  });

  it("answers the commands: help, category list, sources and reset", async () => {
    const { alice, botUser, room, sent, settle } = await startBot();
    const ask = async (text: string, count: number) => {
      alice.say(`@直播助手\u2005${text}`, [botUser]).to(room);
      await settle(count);
    };
    await ask("帮助", 1);
    await ask("类目", 2);
    await ask("保险中介要几选一的资质?", 3);
    await ask("来源", 4);
    await ask("重置", 5);
    await ask("来源", 6);
    await ask("那需要什么资质?", 7);
    expect(sent[0]!.text).toContain("命令:帮助 · 类目");
    expect(sent[1]!.text).toContain("驾校培训");
    expect(sent[1]!.text).toContain("房地产营销");
    // The quote behind what was asked (the qualification row) leads; the access sentence follows.
    expect(sent[3]!.text).toContain("上一个回答的来源:\n「金融业 > 保险」资质要求");
    expect(sent[3]!.text).toContain("「金融业 > 保险」具备金融-保险类目");
    expect(sent[4]!.text).toContain("已忘记我们之前的对话");
    expect(sent[5]!.text).toContain("还没有可以查看来源的回答");
    expect(sent[6]!.text).toContain("请告诉我小程序的服务类目");
  });

  it("splits a long answer into parts within the limit, the last saying how to get the rest", async () => {
    const { alice, botUser, room, sent, settle } = await startBot({ settings: { messageMaximumCharacters: 120, messageMaximumBytes: 2048 } });
    alice.say("@直播助手\u2005哪些类目可以用原生组件", [botUser]).to(room);
    await settle(1);
    expect(sent).toHaveLength(3);
    expect(sent[0]!.text.startsWith("@Alice 文档中可以使用")).toBe(true);
    for (const message of sent.slice(1)) expect([...message.text].length).toBeLessThanOrEqual(120);
    expect(sent[2]!.text).toContain("余下部分未显示");
  });

  it("sends one polite notice when a user asks too fast, then stays silent", async () => {
    const { alice, botUser, room, sent, settle, handled } = await startBot({ settings: { userRateLimit: 2 } });
    for (let index = 0; index < 5; index += 1) alice.say(`@直播助手\u2005银行能直播吗 ${index}`, [botUser]).to(room);
    await settle(5);
    expect(handled.map((event) => event.outcome).sort()).toEqual(["answered", "answered", "ignored-rate-limited", "ignored-rate-limited", "notice-rate-limited"]);
    expect(sent.filter((message) => message.text.includes("提问有点快了"))).toHaveLength(1);
    expect(sent).toHaveLength(3);
  });

  it("ignores a message older than the bot's start and a duplicate id", async () => {
    const { mocker, alice, botUser, room, sent, settle, handled } = await startBot();
    // Messages with chosen ids and times, emitted as the puppet would.
    const roomMessage = (id: string, timestamp: number) =>
      mocker.MessageMock.create({
        id,
        talkerId: alice.id,
        roomId: room.id,
        text: "@直播助手\u2005银行能直播吗",
        mentionIdList: [botUser.id],
        timestamp,
        type: 7, // Text
      } as never);
    const old = roomMessage("old-message", Date.now() - 3_600_000);
    mocker.puppet.emit("message", { messageId: old.id });
    const fresh = roomMessage("fresh-message", Date.now());
    mocker.puppet.emit("message", { messageId: fresh.id });
    await settle(2);
    mocker.puppet.emit("message", { messageId: fresh.id });
    await settle(3);
    expect(handled.map((event) => [event.messageId, event.outcome])).toEqual([
      ["old-message", "ignored-old"],
      ["fresh-message", "answered"],
      ["fresh-message", "ignored-duplicate"],
    ]);
    expect(sent).toHaveLength(1);
  });

  it("apologises when the core throws, logs the message id, and answers the next question", async () => {
    let calls = 0;
    const core: AnswerCore = async (question, conversation, options) => {
      calls += 1;
      if (calls === 1) throw new Error("index exploded");
      return service.answer(question, conversation, options);
    };
    const { alice, botUser, room, sent, settle, logger } = await startBot({ core });
    alice.say("@直播助手\u2005银行能直播吗", [botUser]).to(room);
    await settle(1);
    alice.say("@直播助手\u2005银行能直播吗?", [botUser]).to(room);
    await settle(2);
    expect(sent[0]!.text).toContain("抱歉,这个问题处理时出错了");
    expect(sent[1]!.text).toContain("「金融业-银行」类目可以使用");
    expect(logger.lines.find((line) => line.level === "error")?.object).toMatchObject({ error: "index exploded", messageId: expect.any(String) });
  });

  it("answers only in allow-listed rooms", async () => {
    const { alice, botUser, room, sent, settle, handled } = await startBot({ settings: { roomAllowlist: ["另一个群"] } });
    alice.say("@直播助手\u2005银行能直播吗", [botUser]).to(room);
    await settle(1);
    expect(handled[0]!.outcome).toBe("ignored-room");
    expect(sent).toEqual([]);
  });
});

describe("createWechatyBot: limits that include the mention", () => {
  it("counts the @-mention prefix toward the byte limit of the first part", async () => {
    const { alice, botUser, room, sent, settle } = await startBot({ settings: { messageMaximumCharacters: 2_000, messageMaximumBytes: 600 } });
    alice.say("@直播助手\u2005哪些类目可以用原生组件", [botUser]).to(room);
    await settle(1);
    expect(sent.length).toBeGreaterThan(1);
    expect(sent[0]!.text.startsWith("@Alice ")).toBe(true);
    for (const message of sent) expect(Buffer.byteLength(message.text, "utf8")).toBeLessThanOrEqual(600);
  });

  it("accepts admins by name as well as by id (ids change on re-login)", async () => {
    const { alice, bob, botUser, room, sent, settle } = await startBot({ settings: { admins: ["Alice"] } });
    alice.say("@直播助手\u2005状态", [botUser]).to(room);
    await settle(1);
    bob.say("@直播助手\u2005状态", [botUser]).to(room);
    await settle(2);
    expect(sent[0]!.text).toMatch(/^@Alice 运行 \d+ 分钟/);
    expect(sent[1]!.text).not.toContain("运行");
  });
});

describe("createWechatyBot: deployable", () => {
  it("summarises a flood of puppet network errors: one line with a hint, then at most one a minute", async () => {
    const timers = new ManualTimers(Date.now());
    const { mocker, logger } = await startBot({ timers });
    const lines = () => logger.lines.filter((line) => line.level === "warn" && String(line.message).startsWith("cannot reach WeChat"));
    const fail = () => mocker.puppet.emit("error", { data: "Error: getaddrinfo ENOTFOUND login.wx.qq.com\n    at GetAddrInfoReqWrap.onlookup" });
    for (let index = 0; index < 130; index += 1) fail();
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines()).toHaveLength(1);
    expect(lines()[0]!.object).toEqual({ error: "Error: getaddrinfo ENOTFOUND login.wx.qq.com" });
    timers.advance(60_000);
    fail();
    expect(lines()).toHaveLength(2);
    expect(lines()[1]!.object).toEqual({ error: "Error: getaddrinfo ENOTFOUND login.wx.qq.com", repeatsSinceLastLine: 129 });
    expect(logger.lines.filter((line) => line.level === "error")).toEqual([]);
  });

  it("writes the session card atomically: valid JSON, mode 600, no temporary file left", async () => {
    const folder = mkdtempSync(join(tmpdir(), "session-"));
    const memory = await openSessionCard(join(folder, "bot"), quietLogger());
    const { bot } = await startBot({ memory });
    // The way a puppet keeps its login: through the multiplexed card wechaty hands it.
    const puppetMemory = (bot.puppet as unknown as { memory: MemoryCard }).memory;
    await puppetMemory.set("login", { loggedIn: true });
    await puppetMemory.save();
    running.splice(running.indexOf(bot), 1);
    await bot.stop();
    const file = join(folder, "bot.memory-card.json");
    const saved = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    expect(Object.entries(saved).find(([key]) => key.endsWith("login"))?.[1]).toEqual({ loggedIn: true });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual(["bot.memory-card.json"]);
  });

  it("moves an empty or damaged session card aside with one warning and starts without it", async () => {
    const folder = mkdtempSync(join(tmpdir(), "session-"));
    writeFileSync(join(folder, "bot.memory-card.json"), "");
    writeFileSync(join(folder, "bot.memory-card.json.4242.deadbeef.tmp"), "{\"half"); // left by a killed save
    const logger = quietLogger();
    const memory = await openSessionCard(join(folder, "bot"), logger);
    expect(logger.lines.map((line) => line.message)).toEqual(["the saved login session was empty or damaged; moved it aside and starting without it (log in again)"]);
    expect(readdirSync(folder)).toEqual([expect.stringMatching(/^bot\.memory-card\.json\.broken-\d+$/)]);
    const { alice, botUser, sent, settle } = await startBot({ memory });
    alice.say("银行能直播吗").to(botUser);
    await settle(1);
    expect(sent[0]!.text).toContain("「金融业-银行」");
  });
});

describe("createWechatyBot in private chat", () => {
  it("always answers text, and hints that only text is understood", async () => {
    const { alice, botUser, sent, settle } = await startBot();
    alice.say("保险中介要几选一的资质?").to(botUser);
    await settle(1);
    expect(sent[0]!.text).toContain("④选①");
    expect(sent[0]!.text.startsWith("@")).toBe(false);
  });

  it("answers a non-text message with a one-line hint in private, and ignores it in a room", async () => {
    const { mocker, alice, botUser, room, sent, settle, handled } = await startBot();
    const image = (id: string, target: { roomId?: string; listenerId?: string }) =>
      mocker.MessageMock.create({ id, talkerId: alice.id, timestamp: Date.now(), type: 6 /* Image */, ...target } as never);
    mocker.puppet.emit("message", { messageId: image("private-image", { listenerId: botUser.id }).id });
    mocker.puppet.emit("message", { messageId: image("room-image", { roomId: room.id }).id });
    await settle(2);
    expect(handled.map((event) => [event.messageId, event.outcome]).sort()).toEqual([
      ["private-image", "hint-non-text"],
      ["room-image", "ignored-non-text"],
    ]);
    expect(sent.map((message) => message.text)).toEqual(["我只能理解文字消息,请用文字提问。"]);
  });

  it("can be switched off", async () => {
    const { alice, botUser, sent, settle, handled } = await startBot({ settings: { privateChat: false } });
    alice.say("银行能直播吗").to(botUser);
    await settle(1);
    expect(handled[0]!.outcome).toBe("ignored-private");
    expect(sent).toEqual([]);
  });
});

describe("createWechatyBot under load", () => {
  it("handles a flood of 500 room messages with a bounded queue, bounded memory and no unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    const slowCore: AnswerCore = async (question, conversation, options) => {
      await new Promise((resolve) => setTimeout(resolve, 2));
      return service.answer(question, conversation, options);
    };
    const { mocker, botUser, room, settle, handled, bot, qaLog } = await startBot({
      core: slowCore,
      settings: { userRateLimit: 1_000, roomRateLimit: 1_000, concurrency: 2, queueLimit: 20 },
    });
    const senders = Array.from({ length: 50 }, (_, index) => mocker.createContact({ name: `user${index}` }));
    const started = performance.now();
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    for (let index = 0; index < 500; index += 1) {
      senders[index % senders.length]!.say(`@直播助手\u2005银行能直播吗 #${index}`, [botUser]).to(room);
      if (index % 50 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }
    await settle(500);
    await handlerOf(bot).idle(); // the Q&A log lines are written after the answers are sent
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    const elapsed = performance.now() - started;
    process.off("unhandledRejection", onUnhandled);

    const outcomes = handled.filter((event) => event.messageId).map((event) => event.outcome);
    const answered = outcomes.filter((outcome) => outcome === "answered").length;
    const dropped = outcomes.filter((outcome) => outcome === "dropped-queue-full").length;
    const busy = outcomes.filter((outcome) => outcome === "ignored-busy").length;
    expect(outcomes).toHaveLength(500);
    expect(answered + dropped + busy).toBe(500);
    expect(answered).toBeGreaterThanOrEqual(22);
    expect(handlerOf(bot).queuePeak).toBeLessThanOrEqual(20);
    expect(unhandled).toEqual([]);
    expect(heapPeak - heapBefore).toBeLessThan(200 * 1024 * 1024);
    expect(qaLog.answers).toHaveLength(answered);
    expect(qaLog.answers[0]).toMatchObject({ channel: "wechaty", roomId: room.id, method: "native", categories: ["金融业-银行"] });
    console.info(`flood: 500 messages in ${elapsed.toFixed(0)} ms; answered ${answered}, dropped ${dropped}, busy ${busy}; queue peak ${handlerOf(bot).queuePeak}; heap growth peak ${((heapPeak - heapBefore) / 1024 / 1024).toFixed(1)} MiB`);
  });
});
