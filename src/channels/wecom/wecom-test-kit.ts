import { join } from "node:path";
import { afterEach, beforeAll } from "vitest";
import { createTestAnswerService } from "../../../test/support/answer-service.js";
import type { AnswerService } from "../../app/create-answer-service.js";
import { FakeWecomServer } from "../../../test/support/fake-wecom-server.js";
import { projectRoot } from "../../config/settings.js";
import type { QaLog, QaLogAnswerEntry, QaLogFeedbackEntry } from "../../qa-log/qa-log.js";
import { loadCommandWords } from "../group-chat/bot-commands.js";
import { loadBotMessages } from "../group-chat/bot-messages.js";
import { defaultBotSettings, type BotSettings } from "../group-chat/bot-settings.js";
import type { AnswerCore, BotLogger, HandledEvent } from "../group-chat/group-chat-handler.js";
import type { Timers } from "../group-chat/timers.js";
import { createWecomBot } from "./wecom-bot.js";

/** A Q&A log that keeps entries in memory: the fake at the boundary for channel tests. */
export function memoryQaLog(onEntry: () => void = () => undefined): QaLog & { answers: QaLogAnswerEntry[]; feedback: QaLogFeedbackEntry[] } {
  const answers: QaLogAnswerEntry[] = [];
  const feedback: QaLogFeedbackEntry[] = [];
  return {
    answers,
    feedback,
    recordAnswer(entry) {
      answers.push(entry);
      onEntry();
    },
    recordFeedback(entry) {
      feedback.push(entry);
      onEntry();
    },
    close: async () => undefined,
  };
}

export type LogLine = { readonly level: string; readonly object: object; readonly message?: string };

export function collectingLogger(onLine: () => void = () => undefined): BotLogger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const log = (level: string) => (object: object, message?: string) => {
    lines.push({ level, object, message });
    onLine();
  };
  return { lines, info: log("info"), warn: log("warn"), error: log("error"), debug: log("debug") };
}

export interface WecomKitOptions {
  readonly core: AnswerCore;
  readonly settings?: Partial<BotSettings>;
  readonly timers?: Timers;
  readonly contentBytes?: number;
  readonly secret?: string;
  /** Connect only when the test calls `start`. */
  readonly deferStart?: boolean;
}

/** The WeCom bot on the real SDK, connected to a fake WeCom on 127.0.0.1. */
export async function startWecomKit(options: WecomKitOptions) {
  const server = await FakeWecomServer.start();
  const logger = collectingLogger(() => server.emit("activity"));
  const qaLog = memoryQaLog(() => server.emit("activity"));
  const handled: HandledEvent[] = [];
  const queued: string[] = [];
  const messages = loadBotMessages(join(projectRoot, "prompts"));
  const commands = loadCommandWords();
  if (!messages.ok || !commands.ok) throw new Error("cannot load the bot's messages or the lexicon");
  const bot = createWecomBot({
    wecom: { botId: "test-bot", secret: options.secret ?? "test-secret", wsUrl: server.url },
    settings: { ...defaultBotSettings(), ...options.settings },
    core: options.core,
    messages: messages.value,
    commands: commands.value,
    logger,
    qaLog,
    ...(options.timers ? { timers: options.timers } : {}),
    ...(options.contentBytes ? { contentBytes: options.contentBytes } : {}),
    onHandled: (event) => {
      handled.push(event);
      server.emit("activity");
    },
    onQueued: (messageId) => {
      queued.push(messageId);
      server.emit("activity");
    },
    reconnectBaseMs: 20,
  });
  const start = () => bot.start();
  const started = options.deferStart ? null : await start();
  /** Resolves once `count` messages have an outcome. */
  const outcomes = (count: number) => server.until(() => handled.length >= count, `${count} handled messages`);
  /** Resolves once `count` messages were accepted into the queue. */
  const accepted = (count: number) => server.until(() => queued.length >= count, `${count} queued messages`);
  return { server, bot, logger, qaLog, handled, queued, started, start, outcomes, accepted, messages: messages.value };
}

export type WecomKit = Awaited<ReturnType<typeof startWecomKit>>;

/**
 * For a test file: the answer service built once, and a `kit()` that starts a bot on a fresh fake WeCom; every kit
 * started in a test is stopped (bot, then server) after it.
 */
export function useWecomKits(): { service: () => AnswerService; kit: (options?: Partial<WecomKitOptions>) => Promise<WecomKit> } {
  let service: AnswerService | undefined;
  const kits: WecomKit[] = [];
  beforeAll(async () => {
    service = await createTestAnswerService();
  });
  afterEach(async () => {
    for (let kit = kits.pop(); kit; kit = kits.pop()) {
      await kit.bot.stop();
      await kit.server.close();
    }
  });
  const built = () => {
    if (!service) throw new Error("useWecomKits: the answer service is built in beforeAll; call service() inside a test");
    return service;
  };
  return {
    service: built,
    kit: async (options = {}) => {
      const started = await startWecomKit({ core: built().answer, ...options });
      kits.push(started);
      return started;
    },
  };
}
