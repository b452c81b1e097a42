import { describe, expect, it } from "vitest";
import type { AnswerCore } from "../group-chat/group-chat-handler.js";
import { ManualTimers } from "../group-chat/timers.js";
import { useWecomKits } from "./wecom-test-kit.js";

const { service: answerService, kit } = useWecomKits();

const messagesOf = (lines: ReadonlyArray<{ message?: string }>) => lines.map((line) => line.message ?? "");

/** A core that shows the verdict, then waits until the test lets it finish (or forever). */
function gatedCore() {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const core: AnswerCore = async (question, conversation, options) => {
    const answer = await answerService().answer(question, conversation, options);
    options?.onToken?.(`${answer.verdictSentence}\n`);
    await gate;
    return answer;
  };
  return { core, open: () => open() };
}

describe("WeCom bot: connection lifecycle", () => {
  it("says it is online only after WeCom acknowledged the subscription", async () => {
    const { server, start, logger } = await kit({ deferStart: true });
    server.holdSubscribe = true;
    const starting = start();
    await server.until(() => server.subscribes === 1, "the subscribe frame");
    expect(messagesOf(logger.lines).some((line) => line.startsWith("online"))).toBe(false);
    server.releaseSubscribe();
    expect(await starting).toEqual({ kind: "online" });
    expect(messagesOf(logger.lines).filter((line) => line.startsWith("online"))).toHaveLength(1);
  });

  it("stops with one line naming the settings when WeCom refuses the BotID or Secret (853000)", async () => {
    const { server, start, logger } = await kit({ deferStart: true, secret: "wrong-secret" });
    const result = await start();
    expect(result).toEqual({ kind: "bad-credentials", message: expect.stringMatching(/^environment: WECOM_BOT_ID, WECOM_BOT_SECRET: WeCom refused them \(853000/) });
    expect(result.kind === "bad-credentials" && result.message.includes("\n")).toBe(false);
    expect(server.subscribes).toBe(1);
    expect(JSON.stringify(logger.lines)).not.toContain("wrong-secret");
  });

  it("stops without reconnecting when another instance takes over (disconnected_event)", async () => {
    const { server, bot, logger } = await kit();
    server.takeOver();
    expect(await bot.stopped).toEqual({ kind: "taken-over" });
    expect(logger.lines.find((line) => line.level === "warn")?.message).toMatch(/^another instance connected with this BotID/);
  });

  it("reconnects with back-off after the connection drops, and answers again", async () => {
    const { server, logger } = await kit();
    server.dropConnection();
    await server.until(() => server.subscribes === 2, "a second subscription");
    await server.until(() => messagesOf(logger.lines).some((line) => line.startsWith("WeCom connection restored")), "the online-again line");
    const reqId = server.singleText("bob", "银行能直播吗");
    await server.finished(reqId);
    expect(server.repliesTo(reqId).at(-1)!.body?.stream?.content).toContain("「金融业-银行」类目可以使用");
    expect(messagesOf(logger.lines).filter((line) => line.startsWith("connection to WeCom lost"))).toHaveLength(1);
  });

  it("on stop finishes the stream in progress, then closes the connection", async () => {
    const { core, open } = gatedCore();
    const { server, bot } = await kit({ core });
    const reqId = server.singleText("bob", "银行能直播吗");
    await server.until(() => server.repliesTo(reqId).length === 1, "the verdict frame");
    const stopping = bot.stop();
    open();
    await stopping;
    const frames = server.repliesTo(reqId);
    expect(frames[0]!.body?.stream).toMatchObject({ finish: false, content: expect.stringContaining("「金融业-银行」类目可以使用") });
    expect(frames.at(-1)!.body?.stream).toMatchObject({ finish: true, content: expect.stringContaining("> 来源:") });
    await server.until(() => server.connections === 1 && !bot.handler.queued, "the closed connection");
    expect(await bot.stopped).toEqual({ kind: "stopped" });
  });

  it("on stop past the grace period drops queued messages with one logged line, closes the open stream with finish:true", async () => {
    const timers = new ManualTimers();
    const { core } = gatedCore(); // never opens: the answer hangs
    const { server, bot, handled, accepted, logger } = await kit({ core, timers, settings: { concurrency: 1, shutdownGraceMs: 10_000 } });
    const inProgress = server.singleText("ann", "银行能直播吗");
    const waiting = [server.singleText("ben", "证券能直播吗"), server.singleText("cid", "保险能直播吗")];
    await accepted(3);
    await server.until(() => server.repliesTo(inProgress).length === 1, "the verdict frame");
    const stopping = bot.stop();
    timers.advance(10_000);
    await stopping;
    expect(handled.map((event) => event.outcome)).toEqual(["dropped-shutdown", "dropped-shutdown"]);
    const dropLine = logger.lines.find((line) => line.message === "shutting down: queued messages dropped unanswered");
    expect(dropLine?.object).toMatchObject({ count: 2, messageIds: handled.map((event) => event.messageId) });
    expect(server.repliesTo(inProgress).at(-1)!.body?.stream).toMatchObject({ finish: true, content: expect.stringContaining("机器人正在重启,这个问题没能答完") });
    for (const reqId of waiting) expect(server.repliesTo(reqId)).toEqual([]);
  });
});
