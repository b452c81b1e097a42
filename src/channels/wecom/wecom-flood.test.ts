import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../../test/support/answer-service.js";
import type { AnswerService } from "../../app/create-answer-service.js";
import { startWecomKit } from "./wecom-test-kit.js";

let service: AnswerService;
let kit: Awaited<ReturnType<typeof startWecomKit>>;
beforeAll(async () => {
  service = await createTestAnswerService();
});
afterAll(async () => {
  await kit?.bot.stop();
  await kit?.server.close();
});

describe("WeCom bot under a flood", () => {
  it("takes 500 messages with bounded memory, every accepted one answered and finished, no ack lost", async () => {
    kit = await startWecomKit({ core: service.answer, settings: { concurrency: 4, queueLimit: 100 } });
    const { server, bot, handled, outcomes, logger } = kit;
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const started = performance.now();
    const reqIds: string[] = [];
    for (let index = 0; index < 500; index += 1) {
      // 100 people, 5 questions each; every fifth person asks in the group.
      const user = `user${index % 100}`;
      reqIds.push(index % 5 === 0 ? server.groupText(user, `@直播助手 银行能直播吗 #${index}`) : server.singleText(user, `证券能直播吗 #${index}`));
      if (index % 50 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }
    await outcomes(500);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    const elapsed = performance.now() - started;
    process.off("unhandledRejection", onUnhandled);

    const count = (outcome: string) => handled.filter((event) => event.outcome === outcome).length;
    const answered = count("answered");
    const dropped = count("dropped-queue-full");
    const busy = count("ignored-busy");
    const limited = count("ignored-rate-limited") + count("notice-rate-limited");
    expect(handled).toHaveLength(500);
    expect(answered + dropped + busy + limited).toBe(500);
    expect(answered).toBeGreaterThanOrEqual(104); // at least the 4 running and the 100 queued when the flood began
    expect(bot.handler.queuePeak).toBeLessThanOrEqual(100);
    // Every answered message's stream ended with finish:true, and every frame the bot sent was acknowledged.
    const finishedStreams = reqIds.filter((reqId) => server.repliesTo(reqId).some((frame) => frame.body?.stream?.finish === true)).length;
    expect(finishedStreams).toBe(answered + count("notice-rate-limited"));
    expect(server.replyAcks).toBe(server.received.length);
    expect(logger.lines.filter((line) => line.level === "error")).toEqual([]);
    expect(count("error") + count("send-timeout")).toBe(0);
    expect(unhandled).toEqual([]);
    expect(heapPeak - heapBefore).toBeLessThan(200 * 1024 * 1024);
    console.info(
      `wecom flood: 500 messages in ${elapsed.toFixed(0)} ms; answered ${answered}, dropped (queue full) ${dropped}, busy (3 in flight) ${busy}, rate-limited ${limited}; ` +
        `${server.received.length} reply frames, ${server.replyAcks} acks for them; queue peak ${bot.handler.queuePeak}; heap growth peak ${((heapPeak - heapBefore) / 1024 / 1024).toFixed(1)} MiB`,
    );
  });
});
