import { appendFile } from "node:fs/promises";
import type { Answer, ConversationState } from "../../answer/answer.js";
import type { AnswerService } from "../../app/create-answer-service.js";
import { ConversationStore, conversationKey } from "../../conversation/conversation-store.js";
import type { Clock } from "../../shared/clock.js";
import { detectLanguage, type Language } from "../../understanding/understand-question.js";
import type { BotMessages } from "./bot-messages.js";
import type { BotSettings } from "./bot-settings.js";
import { RateLimiter } from "./rate-limiter.js";
import { splitMessage } from "./split-message.js";
import { TaskQueue } from "./task-queue.js";

/** A chat message as the handler needs it; the wechaty adapter builds it from a Message. */
export interface IncomingMessage {
  readonly id: string;
  readonly text: string;
  readonly isText: boolean;
  readonly isSelf: boolean;
  readonly sentAt: number;
  readonly room: { readonly id: string; readonly topic: string } | null;
  readonly talker: { readonly id: string };
  /** The platform's mention list names the bot. */
  readonly mentionsBot: boolean;
  /** The bot's name and its alias in this room, for mentions typed as text. */
  readonly botNames: readonly string[];
}

/** Sends reply parts; in a room the first part @-mentions the asker. */
export type SendReply = (message: IncomingMessage, parts: readonly string[]) => Promise<void>;

export type AnswerCore = AnswerService["answer"];

export interface BotLogger {
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
  debug(object: object, message?: string): void;
}

export type Outcome =
  | "ignored-self"
  | "ignored-duplicate"
  | "ignored-old"
  | "ignored-room"
  | "ignored-not-addressed"
  | "ignored-non-text"
  | "ignored-private"
  | "ignored-rate-limited"
  | "dropped-queue-full"
  | "hint-non-text"
  | "notice-rate-limited"
  | "command"
  | "answered"
  | "error";

export interface HandledEvent {
  readonly messageId: string;
  readonly outcome: Outcome;
  readonly answer?: Answer;
}

export interface GroupChatHandlerOptions {
  readonly core: () => Promise<AnswerCore>;
  readonly settings: BotSettings;
  readonly messages: BotMessages;
  readonly clock: Clock;
  readonly logger: BotLogger;
  readonly send: SendReply;
  readonly onHandled?: (event: HandledEvent) => void;
}

type Command = "help" | "list" | "sources" | "reset" | "status";
const commands = new Map<string, Command>([
  ["帮助", "help"], ["幫助", "help"], ["help", "help"], ["菜单", "help"],
  ["类目", "list"], ["類目", "list"], ["列表", "list"], ["categories", "list"],
  ["来源", "sources"], ["來源", "sources"], ["sources", "sources"],
  ["重置", "reset"], ["reset", "reset"],
  ["状态", "status"], ["狀態", "status"], ["status", "status"],
]);
const recentIdLimit = 10_000;

/** What the bot does with one message: whether to answer, limits, commands, context, replies. */
export class GroupChatHandler {
  private readonly startedAt: number;
  private readonly recentIds = new Set<string>();
  private readonly conversations: ConversationStore;
  private readonly userLimiter: RateLimiter;
  private readonly roomLimiter: RateLimiter;
  private readonly queue: TaskQueue;
  private qaLogWrite: Promise<void> = Promise.resolve();
  readonly counters = { answered: 0, limited: 0, dropped: 0, errors: 0 };

  constructor(private readonly options: GroupChatHandlerOptions) {
    const { clock, settings } = options;
    this.startedAt = clock.now();
    this.conversations = new ConversationStore({ clock, timeToLiveMs: settings.contextTimeToLiveMs, maximumEntries: settings.contextMaximum });
    this.userLimiter = new RateLimiter({ clock, limit: settings.userRateLimit, windowMs: settings.rateWindowMs });
    this.roomLimiter = new RateLimiter({ clock, limit: settings.roomRateLimit, windowMs: settings.rateWindowMs });
    this.queue = new TaskQueue(settings.concurrency, settings.queueLimit);
  }

  /** Decides at once; answering runs in the bounded queue ("queued"; reported when done). */
  handle(message: IncomingMessage): Outcome | "queued" {
    const outcome = this.decide(message);
    if (outcome !== "queued") this.report({ messageId: message.id, outcome });
    return outcome;
  }

  /** Resolves when every queued reply has been sent; for tests and shutdown. */
  /** Resolves when no answer is queued or running and every Q&A log line is written. */
  async idle(): Promise<void> {
    await this.queue.onIdle();
    await this.qaLogWrite;
  }

  get queuePeak(): number {
    return this.queue.peakWaiting;
  }

  private decide(message: IncomingMessage): Outcome | "queued" {
    const { settings } = this.options;
    if (message.isSelf) return "ignored-self";
    if (this.recentIds.has(message.id)) return "ignored-duplicate";
    this.remember(message.id);
    if (message.sentAt < this.startedAt) return "ignored-old";
    if (message.room && settings.roomAllowlist.length > 0 && !settings.roomAllowlist.some((entry) => entry === message.room!.id || entry === message.room!.topic)) {
      return "ignored-room";
    }
    if (!message.room && !settings.privateChat) return "ignored-private";
    if (!message.isText) {
      if (message.room) return "ignored-non-text";
      return this.enqueue(message, "hint-non-text", async () => this.options.send(message, [this.options.messages.textOnly.zh]));
    }
    const question = message.room ? this.addressedText(message) : message.text.trim();
    if (question === null) return "ignored-not-addressed";

    const isAdmin = settings.admins.includes(message.talker.id);
    // Commands other than the category list are cheap and answered from memory: not rate limited.
    const command = commandOf(question);
    if (!isAdmin && (command === undefined || command === "list")) {
      const language = detectLanguage(question);
      const user = this.userLimiter.check(`${message.room?.id ?? "private"}\u0000${message.talker.id}`);
      if (user !== "allowed") return this.limited(message, user, this.options.messages.rateLimitedUser[language]);
      if (message.room) {
        const room = this.roomLimiter.check(message.room.id);
        if (room !== "allowed") {
          this.userLimiter.release(`${message.room.id}\u0000${message.talker.id}`);
          return this.limited(message, room, this.options.messages.rateLimitedRoom[language]);
        }
      }
    }
    return this.enqueue(message, null, () => this.respond(message, question, command, isAdmin));
  }

  private limited(message: IncomingMessage, decision: "limited-notify" | "limited-silent", notice: string): Outcome | "queued" {
    this.counters.limited += 1;
    if (decision === "limited-silent") return "ignored-rate-limited";
    return this.enqueue(message, "notice-rate-limited", () => this.options.send(message, [notice]));
  }

  private enqueue(message: IncomingMessage, outcome: Outcome | null, task: () => Promise<void | Omit<HandledEvent, "messageId">>): Outcome | "queued" {
    const accepted = this.queue.push(async () => {
      try {
        const result = await task();
        this.report({ messageId: message.id, outcome: result?.outcome ?? outcome ?? "answered", ...(result?.answer ? { answer: result.answer } : {}) });
      } catch (error) {
        this.counters.errors += 1;
        this.options.logger.error({ messageId: message.id, roomId: message.room?.id, error: errorText(error) }, "failed to answer a message");
        try {
          await this.options.send(message, [this.options.messages.apology[detectLanguage(message.text)]]);
        } catch (sendError) {
          this.options.logger.error({ messageId: message.id, error: errorText(sendError) }, "failed to send the apology");
        }
        this.report({ messageId: message.id, outcome: "error" });
      }
    });
    if (!accepted) {
      this.counters.dropped += 1;
      this.options.logger.warn({ messageId: message.id, roomId: message.room?.id, queued: this.queue.size }, "queue full: message dropped");
      return "dropped-queue-full";
    }
    return "queued";
  }

  private async respond(message: IncomingMessage, question: string, command: Command | undefined, isAdmin: boolean): Promise<Omit<HandledEvent, "messageId">> {
    const { messages, settings, clock } = this.options;
    const language: Language = detectLanguage(question);
    const key = conversationKey(message.room?.id ?? null, message.talker.id);
    const send = (text: string) =>
      this.options.send(
        message,
        splitMessage(text, {
          maximumCharacters: settings.messageMaximumCharacters,
          maximumBytes: settings.messageMaximumBytes,
          maximumParts: 3,
          continuation: messages.continuation[language],
        }),
      );

    if (command === "help" || question === "") {
      await send(messages.help[language].replaceAll("{keyword}", settings.keywords[0] ?? "直播类目"));
      return { outcome: "command" };
    }
    if (command === "reset") {
      this.conversations.delete(key);
      await send(messages.reset[language]);
      return { outcome: "command" };
    }
    if (command === "sources") {
      const citations = this.conversations.get(key)?.lastCitations ?? [];
      await send(citations.length === 0 ? messages.noSources[language] : [messages.sourcesHeader[language], ...citations.map((citation) => `「${citation.heading}」${citation.quote}`)].join("\n"));
      return { outcome: "command" };
    }
    if (command === "status" && isAdmin) {
      await send(
        messages.status[language]
          .replace("{uptime}", String(Math.floor((clock.now() - this.startedAt) / 60_000)))
          .replace("{answered}", String(this.counters.answered))
          .replace("{limited}", String(this.counters.limited))
          .replace("{dropped}", String(this.counters.dropped))
          .replace("{errors}", String(this.counters.errors))
          .replace("{queued}", String(this.queue.size)),
      );
      return { outcome: "command" };
    }

    const core = await this.options.core();
    const started = clock.now();
    const conversation: ConversationState | undefined = this.conversations.get(key);
    const answer = await core(question, conversation, { mentionNames: message.botNames, ...(command === "list" ? { command: "list-categories" as const } : {}) });
    this.conversations.set(key, answer.conversation);
    await send(answer.answer);
    this.counters.answered += 1;
    this.writeQaLog(message, answer, clock.now() - started);
    return { outcome: command === "list" ? "command" : "answered", answer };
  }

  /** The question when the bot is addressed in a room (mention or keyword), else null. */
  private addressedText(message: IncomingMessage): string | null {
    const names = message.botNames.filter((name) => name.trim() !== "");
    const mentionPattern = names.length > 0 ? new RegExp(`@(?:${names.map(escapeRegExp).join("|")})(?=[\\u2005\\s]|$)`, "gu") : null;
    const typedMention = mentionPattern !== null && mentionPattern.test(message.text);
    if (message.mentionsBot || typedMention) {
      return (mentionPattern ? message.text.replace(mentionPattern, " ") : message.text).replace(/[\u2005\s]+/gu, " ").trim();
    }
    const text = message.text.trim();
    for (const keyword of this.options.settings.keywords) {
      if (text.startsWith(keyword)) return text.slice(keyword.length).replace(/^[\s,,::]+/u, "").trim();
    }
    return null;
  }

  private remember(id: string): void {
    this.recentIds.add(id);
    if (this.recentIds.size > recentIdLimit) {
      const oldest = this.recentIds.values().next().value;
      if (oldest !== undefined) this.recentIds.delete(oldest);
    }
  }

  private writeQaLog(message: IncomingMessage, answer: Answer, latencyMs: number): void {
    const file = this.options.settings.qaLogFile;
    if (!file) return;
    const record = {
      time: new Date(this.options.clock.now()).toISOString(),
      roomId: message.room?.id ?? null,
      askerId: message.talker.id,
      question: answer.question,
      method: answer.method,
      kind: answer.kind,
      categories: answer.categories.map((category) => `${category.primary}-${category.secondary}`),
      latencyMs,
    };
    // Chained so lines never interleave; a failure is logged, never thrown at the asker.
    this.qaLogWrite = this.qaLogWrite
      .then(() => appendFile(file, `${JSON.stringify(record)}\n`))
      .catch((error: unknown) => this.options.logger.warn({ file, error: errorText(error) }, "cannot write the Q&A log"));
  }

  private report(event: HandledEvent): void {
    this.options.logger.debug({ messageId: event.messageId, outcome: event.outcome }, "message handled");
    this.options.onHandled?.(event);
  }
}

function commandOf(question: string): Command | undefined {
  return commands.get(question.replace(/^\//, "").trim().toLowerCase());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
