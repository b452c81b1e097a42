import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../src/config/settings.js";
import { FakeWecomServer } from "../support/fake-wecom-server.js";

/** The bundled bin (`npm run bot` runs `node bin/live-category-bot.js bot`), built from the current sources by the global setup. */
const entry = inject("commandEntry");

/** The index the run's global setup built; these tests are about the channel, not the index build (commands.test.ts covers that). */
const sharedCache = inject("testCacheDirectory");

/** The environment without any bot setting, as on a fresh machine. */
function cleanEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const environment = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BOT_|WECOM_|WECHATY_)/.test(key)));
  return { ...environment, CACHE_DIR: sharedCache, LOG_FORMAT: "json", ...extra };
}

/** The bot command as a process (the bin, or its source file run directly), with its output awaited on events. */
function startBot(environment: Record<string, string>, from: "bin" | "source" = "bin") {
  const args = from === "bin" ? [entry, "bot"] : ["--import", "tsx", join(projectRoot, "src/cli/bot-command.ts")];
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, args, { cwd: projectRoot, env: cleanEnvironment(environment) });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const waitFor = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!output.includes(text)) return;
        child.stdout.off("data", check);
        child.stderr.off("data", check);
        resolve();
      };
      child.stdout.on("data", check);
      child.stderr.on("data", check);
      void exited.then(() => (output.includes(text) ? resolve() : reject(new Error(`the bot exited before printing "${text}":\n${output}`))));
      check();
    });
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  children.push(child);
  return { child, exited, waitFor, output: () => output };
}

const children: ChildProcessWithoutNullStreams[] = [];
const servers: FakeWecomServer[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  for (const server of servers.splice(0)) await server.close();
});

async function fakeWecom() {
  const server = await FakeWecomServer.start({ botId: "process-bot", secret: "process-secret-123" });
  servers.push(server);
  return server;
}

describe("npm run bot", { timeout: 60_000 }, () => {
  it("prints the channel guide and exits 2 when no channel is configured", () => {
    const result = spawnSync(process.execPath, [entry, "bot"], { cwd: projectRoot, env: cleanEnvironment({}), encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("BOT_CHANNEL=wecom");
    expect(result.stderr).toContain("BOT_CHANNEL=wechaty");
    expect(result.stderr).toContain("WECOM_BOT_ID and WECOM_BOT_SECRET");
    expect(result.stderr).toContain("此微信号不能登录网页微信");
    expect(result.stderr.trim().split("\n").length).toBeLessThan(25);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("with BOT_CHANNEL=wecom (node --import tsx src/cli/bot-command.ts) answers a group @-mention from the local WeCom server with the rules' verdict, and stops on SIGTERM", async () => {
    const server = await fakeWecom();
    const qaLog = join(mkdtempSync(join(tmpdir(), "qa-log-")), "qa.jsonl");
    const bot = startBot({ BOT_CHANNEL: "wecom", WECOM_WS_URL: server.url, WECOM_BOT_ID: "process-bot", WECOM_BOT_SECRET: "process-secret-123", QA_LOG: qaLog, QA_LOG_SALT: "a-test-salt-of-enough-length" }, "source");
    await bot.waitFor("online: WeCom acknowledged the subscription");
    const reqId = server.groupText("alice", "@直播助手 我们是电商平台类目,能直接用 live-pusher 吗?");
    await server.finished(reqId);
    const frames = server.repliesTo(reqId);
    expect(frames[0]!.body?.stream?.content).toContain("「电商平台」类目需通过 小程序·云直播插件 接入直播");
    expect(frames.at(-1)!.body?.stream?.content).toContain("> 来源:");
    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
    expect(bot.output()).toContain('"msg":"stopped"');
    expect(bot.output()).not.toContain("process-secret-123");
    const logged = readFileSync(qaLog, "utf8").trim().split("\n").map((line) => JSON.parse(line));
    expect(logged).toEqual([expect.objectContaining({ type: "answer", channel: "wecom", method: "plugin", feedbackId: frames[0]!.body?.stream?.feedback?.id })]);
    expect(JSON.stringify(logged)).not.toContain("alice"); // the shared adapter hashes ids
  });

  it("with a wrong WeCom secret prints one line naming the settings and exits 1", async () => {
    const server = await fakeWecom();
    const bot = startBot({ BOT_CHANNEL: "wecom", WECOM_WS_URL: server.url, WECOM_BOT_ID: "process-bot", WECOM_BOT_SECRET: "not-the-secret" });
    expect(await bot.exited).toBe(1);
    expect(server.subscribes).toBe(1);
    const errors = bot.output().split("\n").filter((line) => line.startsWith("environment:"));
    expect(errors).toEqual([expect.stringMatching(/^environment: WECOM_BOT_ID, WECOM_BOT_SECRET: WeCom refused them \(853000/)]);
    expect(bot.output()).not.toMatch(/\n\s+at /);
    expect(bot.output()).not.toContain("not-the-secret");
  });

  it("exits without reconnecting when another instance takes over the BotID", async () => {
    const server = await fakeWecom();
    const bot = startBot({ BOT_CHANNEL: "wecom", WECOM_WS_URL: server.url, WECOM_BOT_ID: "process-bot", WECOM_BOT_SECRET: "process-secret-123" });
    await bot.waitFor("online: WeCom acknowledged the subscription");
    server.takeOver();
    expect(await bot.exited).toBe(0);
    expect(bot.output()).toContain("another instance connected with this BotID");
    expect(server.subscribes).toBe(1);
  });
});
