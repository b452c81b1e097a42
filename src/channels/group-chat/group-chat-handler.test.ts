import { EventEmitter } from "node:events";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../../test/support/answer-service.js";
import type { AnswerService } from "../../app/create-answer-service.js";
import { projectRoot } from "../../config/settings.js";
import { collectingLogger, memoryQaLog } from "../wecom/wecom-test-kit.js";
import { loadCommandWords } from "./bot-commands.js";
import { loadBotMessages } from "./bot-messages.js";
import { defaultBotSettings, type BotSettings } from "./bot-settings.js";
import type { ChatTransport, IncomingMessage, ReplyContent } from "./chat-transport.js";
import { GroupChatHandler, type AnswerCore, type HandledEvent } from "./group-chat-handler.js";
import { ManualTimers } from "./timers.js";

let service: AnswerService;
beforeAll(async () => {
  service = await createTestAnswerService();
});

/**
 * A transport at the boundary: records what would be sent; sends for the chosen messages never
 * complete, as a hung `say` would not.
 */
function recordingTransport(hangs: (message: IncomingMessage) => boolean) {
  const sent: Array<{ messageId: string; content: ReplyContent }> = [];
  const closed: string[] = [];
  const progressed: string[] = [];
  const events = new EventEmitter();
  const transport: ChatTransport = {
    open: (message) => ({
      feedbackId: null,
      progress: async (text) => void progressed.push(text),
      close: async () => void closed.push(message.id),
      finish: (content) => {
        if (hangs(message)) {
          events.emit("hung", message.id);
          return new Promise<void>(() => undefined);
        }
        sent.push({ messageId: message.id, content });
        return Promise.resolve();
      },
    }),
  };
  return { transport, sent, closed, progressed, events };
}

function setup(options: { core?: AnswerCore; settings?: Partial<BotSettings>; hangs?: (message: IncomingMessage) => boolean } = {}) {
  const timers = new ManualTimers(1_000);
  const { transport, sent, closed, progressed, events } = recordingTransport(options.hangs ?? (() => false));
  const handled: HandledEvent[] = [];
  const logger = collectingLogger();
  const qaLog = memoryQaLog();
  const messages = loadBotMessages(join(projectRoot, "prompts"));
  const commands = loadCommandWords();
  if (!messages.ok || !commands.ok) throw new Error("fixtures");
  const handler = new GroupChatHandler({
    core: async () => options.core ?? service.answer,
    settings: { ...defaultBotSettings(), ...options.settings },
    messages: messages.value,
    commands: commands.value,
    timers,
    logger,
    transport,
    channel: "wechaty",
    qaLog,
    onHandled: (event) => {
      handled.push(event);
      events.emit("handled");
    },
  });
  let counter = 0;
  const message = (text: string, overrides: Partial<IncomingMessage> = {}): IncomingMessage => ({
    id: `m${++counter}`,
    text,
    isText: true,
    isSelf: false,
    sentAt: timers.now(),
    room: null,
    talker: { id: "alice", name: "Alice" },
    mentionsBot: false,
    botNames: [],
    ...overrides,
  });
  const until = (condition: () => boolean) =>
    condition() ? Promise.resolve() : new Promise<void>((resolve) => {
      const check = () => condition() && (events.off("handled", check), events.off("hung", check), resolve());
      events.on("handled", check);
      events.on("hung", check);
    });
  return { handler, timers, sent, closed, progressed, handled, logger, qaLog, message, until, events };
}

const textOf = (content: ReplyContent) => (content.kind === "answer" ? content.answer.answer : content.text);

describe("GroupChatHandler: nothing can wedge it", () => {
  it("frees the slot of a hung send after the send timeout, logs it, and still answers the next question", async () => {
    const hung = new Set<string>();
    const { handler, timers, sent, handled, logger, message, until, events } = setup({ settings: { concurrency: 4, sendTimeoutMs: 15_000 }, hangs: (incoming) => hung.has(incoming.id) });
    let hangs = 0;
    events.on("hung", () => (hangs += 1));
    for (const user of ["u1", "u2", "u3", "u4"]) {
      const incoming = message("银行能直播吗", { talker: { id: user } });
      hung.add(incoming.id);
      handler.handle(incoming);
    }
    const normal = message("证券能直播吗", { talker: { id: "u5" } });
    handler.handle(normal);
    await until(() => hangs === 4);
    expect(sent).toEqual([]); // every slot is held by a hung send; the fifth message waits
    expect(handler.queued).toBe(5);
    timers.advance(15_000);
    await until(() => handled.length === 5);
    expect(sent.map((entry) => entry.messageId)).toEqual([normal.id]);
    expect(textOf(sent[0]!.content)).toContain("「金融业-证券/期货」");
    expect(handled.filter((event) => event.outcome === "send-timeout")).toHaveLength(4);
    expect(logger.lines.filter((line) => line.message === "send timed out; moving on")).toHaveLength(4);
  });

  it("gives up on an answer that takes longer than the answer timeout, apologises, and goes on", async () => {
    let calls = 0;
    const core: AnswerCore = async (question, conversation, options) => {
      calls += 1;
      if (calls === 1) return new Promise(() => undefined); // a core (or model) that never answers
      return service.answer(question, conversation, options);
    };
    const { handler, timers, sent, handled, message, until } = setup({ core, settings: { concurrency: 1, answerTimeoutMs: 30_000 } });
    handler.handle(message("银行能直播吗"));
    handler.handle(message("证券能直播吗", { talker: { id: "bob" } }));
    await timers.armed(1); // the first answer's timeout
    timers.advance(30_000);
    await until(() => handled.length === 2);
    expect(handled.map((event) => event.outcome)).toEqual(["error", "answered"]);
    expect(textOf(sent[0]!.content)).toBe("抱歉,这个问题处理时出错了,请稍后再试。");
    expect(textOf(sent[1]!.content)).toContain("「金融业-证券/期货」");
  });

  it("gives a failed answer's rate-limit budget back to the asker", async () => {
    let calls = 0;
    const core: AnswerCore = async (question, conversation, options) => {
      calls += 1;
      if (calls === 1) throw new Error("index exploded");
      return service.answer(question, conversation, options);
    };
    const { handler, handled, message, until } = setup({ core, settings: { userRateLimit: 1 } });
    handler.handle(message("银行能直播吗"));
    await until(() => handled.length === 1);
    handler.handle(message("银行能直播吗?"));
    await until(() => handled.length === 2);
    expect(handled.map((event) => event.outcome)).toEqual(["error", "answered"]);
    handler.handle(message("证券能直播吗"));
    await until(() => handled.length === 3);
    expect(handled[2]!.outcome).toBe("notice-rate-limited"); // a successful answer does use the budget
  });

  it("forgets message ids after the duplicate memory time, so memory is bounded by time as well as count", async () => {
    const { handler, timers, handled, message, until } = setup({ settings: { duplicateMemoryMs: 60_000, userRateLimit: 100 } });
    const first = message("帮助");
    handler.handle(first);
    handler.handle({ ...first });
    await until(() => handled.length === 2);
    expect(handled.map((event) => event.outcome).sort()).toEqual(["command", "ignored-duplicate"]);
    timers.advance(60_000);
    handler.handle(message("帮助")); // a new message prunes the expired ids
    expect(handler.rememberedIds).toBe(1);
    handler.handle({ ...first, sentAt: timers.now() });
    await until(() => handled.length === 4);
    expect(handled.slice(2).map((event) => event.outcome)).toEqual(["command", "command"]);
  });

  it("works on at most 3 answers per person at once; a fourth message is ignored and logged", async () => {
    const { handler, handled, message, logger } = setup({ core: () => new Promise(() => undefined), settings: { concurrency: 8 } });
    const outcomes = [1, 2, 3, 4].map((index) => handler.handle(message(`银行能直播吗 ${index}`)));
    expect(outcomes).toEqual(["queued", "queued", "queued", "ignored-busy"]);
    expect(handled.map((event) => event.outcome)).toEqual(["ignored-busy"]);
    expect(logger.lines.some((line) => line.message === "this person already has answers in progress: message ignored")).toBe(true);
    expect(handler.handle(message("银行能直播吗", { talker: { id: "bob" } }))).toBe("queued");
  });
});

describe("GroupChatHandler: streaming", () => {
  it("sends a fast model's text one update at a time, always the latest, never a queue of updates", async () => {
    const tokens = Array.from({ length: 200 }, (_, index) => `词${index}`);
    const core: AnswerCore = async (question, conversation, options) => {
      const answer = await service.answer(question, conversation, options);
      options?.onToken?.(`${answer.verdictSentence}\n`);
      for (const token of tokens) options?.onToken?.(token);
      return answer;
    };
    const { handler, progressed, handled, message, until } = setup({ core });
    handler.handle(message("银行能直播吗"));
    await until(() => handled.length === 1);
    expect(progressed.length).toBeLessThanOrEqual(3);
    expect(progressed.at(-1)!.endsWith(tokens.join(""))).toBe(true);
  });
});

describe("GroupChatHandler: shutdown", () => {
  it("stops accepting, answers what is queued within the grace period, then resolves", async () => {
    const { handler, sent, handled, message } = setup({ settings: { concurrency: 1 } });
    for (const user of ["a", "b", "c"]) handler.handle(message("银行能直播吗", { talker: { id: user } }));
    const result = await handler.shutdown();
    expect(result).toEqual({ dropped: [], closed: 0 });
    expect(sent).toHaveLength(3);
    expect(handler.handle(message("银行能直播吗", { talker: { id: "late" } }))).toBe("ignored-stopping");
    expect(handled.map((event) => event.outcome)).toEqual(["answered", "answered", "answered", "ignored-stopping"]);
  });

  it("past the deadline drops what is still queued, logging every message id in one line, and closes replies in progress", async () => {
    const { handler, timers, handled, closed, logger, message } = setup({ core: () => new Promise(() => undefined), settings: { concurrency: 2, shutdownGraceMs: 10_000 } });
    const ids = ["a", "b", "c", "d", "e"].map((user) => {
      const incoming = message("银行能直播吗", { talker: { id: user } });
      handler.handle(incoming);
      return incoming.id;
    });
    await timers.armed(2); // two answers are being worked on
    const stopping = handler.shutdown();
    timers.advance(10_000);
    const result = await stopping;
    expect(result).toEqual({ dropped: ids.slice(2), closed: 2 });
    expect(closed.sort()).toEqual(ids.slice(0, 2).sort());
    expect(handled.map((event) => [event.messageId, event.outcome])).toEqual(ids.slice(2).map((id) => [id, "dropped-shutdown"]));
    const lines = logger.lines.filter((line) => line.message?.startsWith("shutting down"));
    expect(lines.map((line) => line.object)).toEqual([{ count: 3, messageIds: ids.slice(2) }, { count: 2 }]);
  });
});
