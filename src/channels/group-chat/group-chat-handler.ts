import { answerLogFields } from "../../qa-log/qa-log.js";
import type { Answer } from "../../answer/answer.js";
import { ConversationStore, conversationKey } from "../../conversation/conversation-store.js";
import type { CommandName } from "../../lexicon/lexicon-schema.js";
import { detectLanguage, type Language } from "../../understanding/understand-question.js";
import { addressedText, commandOf } from "./addressed-question.js";
import { ReplyRefusedError, type IncomingMessage, type ReplyContent, type ReplySink } from "./chat-transport.js";
import { errorText, type GroupChatHandlerOptions, type HandledEvent, type Outcome } from "./handler-types.js";
import { RateLimiter } from "./rate-limiter.js";
import { RecentIds } from "./recent-ids.js";
import { TaskQueue } from "./task-queue.js";
import { within } from "./timers.js";

export type { IncomingMessage } from "./chat-transport.js";
export { errorText, type AnswerCore, type BotLogger, type GroupChatHandlerOptions, type HandledEvent, type Outcome } from "./handler-types.js";

type TaskResult = { readonly outcome: Outcome; readonly answer?: Answer; readonly feedbackId?: string | null };

/** What the bot does with one message: whether to answer, limits, commands, context, replies. */
export class GroupChatHandler {
  private readonly startedAt: number;
  private readonly recentIds: RecentIds;
  private readonly conversations: ConversationStore;
  private readonly userLimiter: RateLimiter;
  private readonly roomLimiter: RateLimiter;
  private readonly queue: TaskQueue;
  private readonly inFlight = new Map<string, number>();
  private readonly openSinks = new Set<ReplySink>();
  private accepting = true;
  readonly counters = { answered: 0, limited: 0, dropped: 0, errors: 0, sendTimeouts: 0 };

  constructor(private readonly options: GroupChatHandlerOptions) {
    const { timers: clock, settings } = options;
    this.startedAt = clock.now();
    this.recentIds = new RecentIds({ clock, timeToLiveMs: settings.duplicateMemoryMs, maximumEntries: 10_000 });
    this.conversations = new ConversationStore({ clock, timeToLiveMs: settings.contextTimeToLiveMs, maximumEntries: settings.contextMaximum });
    this.userLimiter = new RateLimiter({ clock, limit: settings.userRateLimit, windowMs: settings.rateWindowMs });
    this.roomLimiter = new RateLimiter({ clock, limit: settings.roomRateLimit, windowMs: settings.rateWindowMs });
    this.queue = new TaskQueue(settings.concurrency, settings.queueLimit);
  }

  /** Decides at once; answering runs in the bounded queue ("queued"; reported when done). */
  handle(message: IncomingMessage): Outcome | "queued" {
    const outcome = this.decide(message);
    if (outcome !== "queued") this.report({ messageId: message.id, outcome });
    else this.options.onQueued?.(message.id);
    return outcome;
  }

  /** Resolves when every queued reply has been sent; for tests. */
  idle(): Promise<void> {
    return this.queue.onIdle();
  }

  get queuePeak(): number {
    return this.queue.peakWaiting;
  }

  /** Messages waiting or being answered. */
  get queued(): number {
    return this.queue.size;
  }

  get rememberedIds(): number {
    return this.recentIds.size;
  }

  /**
   * Stops accepting messages, lets queued answers finish until the deadline, then drops what
   * is still waiting (logged with every message id) and closes replies still open.
   */
  async shutdown(): Promise<{ readonly dropped: readonly string[]; readonly closed: number }> {
    this.accepting = false;
    const deadline = within(this.queue.onIdle(), this.options.settings.shutdownGraceMs, this.options.timers);
    if ((await deadline).status === "done") return { dropped: [], closed: 0 };
    const dropped = this.queue.dropWaiting();
    for (const messageId of dropped) this.report({ messageId, outcome: "dropped-shutdown" });
    if (dropped.length > 0) this.options.logger.warn({ count: dropped.length, messageIds: dropped }, "shutting down: queued messages dropped unanswered");
    const open = [...this.openSinks];
    this.openSinks.clear();
    const note = this.options.messages.stopping.zh;
    await Promise.all(open.map((sink) => within(sink.close(note).catch(() => undefined), this.options.settings.sendTimeoutMs, this.options.timers)));
    if (open.length > 0) this.options.logger.warn({ count: open.length }, "shutting down: replies still being written were closed");
    return { dropped, closed: open.length };
  }

  private decide(message: IncomingMessage): Outcome | "queued" {
    const { settings, messages } = this.options;
    if (message.isSelf) return "ignored-self";
    if (this.recentIds.seen(message.id)) return "ignored-duplicate";
    if (!this.accepting) return "ignored-stopping";
    if (message.sentAt < this.startedAt) return "ignored-old";
    if (message.room && settings.roomAllowlist.length > 0 && !settings.roomAllowlist.some((entry) => entry === message.room!.id || entry === message.room!.topic)) {
      return "ignored-room";
    }
    if (!message.room && !settings.privateChat) return "ignored-private";
    if (!message.isText) {
      if (message.room) return "ignored-non-text";
      return this.enqueue(message, async (sink) => this.say(sink, message, { kind: "text", text: messages.textOnly.zh, language: "zh" }, "hint-non-text"));
    }
    const question = message.room ? addressedText(message, settings.keywords) : message.text.trim();
    if (question === null) return "ignored-not-addressed";

    const isAdmin = settings.admins.some((admin) => admin === message.talker.id || admin === message.talker.name);
    // Commands other than the category list are cheap and answered from memory: not rate limited.
    const command = commandOf(question, this.options.commands);
    const limited = !isAdmin && (command === undefined || command === "list");
    const userKey = `${message.room?.id ?? "private"}\u0000${message.talker.id}`;
    if (limited) {
      const language = detectLanguage(question);
      const user = this.userLimiter.check(userKey);
      if (user !== "allowed") return this.limited(message, user, messages.rateLimitedUser[language]);
      if (message.room) {
        const room = this.roomLimiter.check(message.room.id);
        if (room !== "allowed") {
          this.userLimiter.release(userKey);
          return this.limited(message, room, messages.rateLimitedRoom[language]);
        }
      }
    }
    // A failed answer gives the asker's rate-limit budget back: they did not get what they asked for.
    const refund = () => {
      if (!limited) return;
      this.userLimiter.release(userKey);
      if (message.room) this.roomLimiter.release(message.room.id);
    };
    return this.enqueue(message, (sink) => this.respond(sink, message, question, command, isAdmin), refund);
  }

  private limited(message: IncomingMessage, decision: "limited-notify" | "limited-silent", notice: string): Outcome | "queued" {
    this.counters.limited += 1;
    if (decision === "limited-silent") return "ignored-rate-limited";
    return this.enqueue(message, (sink) => this.say(sink, message, { kind: "text", text: notice, language: detectLanguage(notice) }, "notice-rate-limited"));
  }

  private enqueue(message: IncomingMessage, task: (sink: ReplySink) => Promise<TaskResult>, onFailure: () => void = () => undefined): Outcome | "queued" {
    const { logger, settings, transport } = this.options;
    const person = `${message.room?.id ?? "private"}\u0000${message.talker.id}`;
    const inFlight = this.inFlight.get(person) ?? 0;
    if (inFlight >= settings.userInFlightLimit) {
      onFailure();
      logger.warn({ messageId: message.id, roomId: message.room?.id, inFlight }, "this person already has answers in progress: message ignored");
      return "ignored-busy";
    }
    this.inFlight.set(person, inFlight + 1);
    const finished = () => {
      const left = (this.inFlight.get(person) ?? 1) - 1;
      if (left <= 0) this.inFlight.delete(person);
      else this.inFlight.set(person, left);
    };
    const accepted = this.queue.push(async () => {
      const sink = transport.open(message);
      this.openSinks.add(sink);
      try {
        const result = await task(sink);
        if (result.outcome === "send-timeout") onFailure();
        this.report({ messageId: message.id, ...result });
      } catch (error) {
        onFailure();
        if (error instanceof ReplyRefusedError) {
          this.counters.dropped += 1;
          logger.warn({ messageId: message.id, roomId: message.room?.id, reason: error.message }, "the platform refused the reply; message dropped");
          this.report({ messageId: message.id, outcome: "refused-by-platform" });
          return;
        }
        this.counters.errors += 1;
        logger.error({ messageId: message.id, roomId: message.room?.id, error: errorText(error) }, "failed to answer a message");
        const apology = this.options.messages.apology[detectLanguage(message.text)];
        await this.say(sink, message, { kind: "text", text: apology, language: detectLanguage(apology) }, "error").catch((sendError: unknown) =>
          logger.error({ messageId: message.id, error: errorText(sendError) }, "failed to send the apology"),
        );
        this.report({ messageId: message.id, outcome: "error" });
      } finally {
        this.openSinks.delete(sink);
        finished();
      }
    }, message.id);
    if (!accepted) {
      finished();
      onFailure();
      this.counters.dropped += 1;
      logger.warn({ messageId: message.id, roomId: message.room?.id, queued: this.queue.size }, "queue full: message dropped");
      return "dropped-queue-full";
    }
    return "queued";
  }

  /** Sends a reply with the send timeout; a hung send is logged and its slot freed. */
  private async say(sink: ReplySink, message: IncomingMessage, content: ReplyContent, outcome: Outcome): Promise<TaskResult> {
    const sent = await within(sink.finish(content), this.options.settings.sendTimeoutMs, this.options.timers);
    if (sent.status === "timed-out") {
      this.counters.sendTimeouts += 1;
      this.options.logger.warn({ messageId: message.id, roomId: message.room?.id, timeoutMs: this.options.settings.sendTimeoutMs }, "send timed out; moving on");
      return { outcome: "send-timeout" };
    }
    return { outcome };
  }

  private async respond(sink: ReplySink, message: IncomingMessage, question: string, command: CommandName | undefined, isAdmin: boolean): Promise<TaskResult> {
    const { messages, settings, timers } = this.options;
    const language: Language = detectLanguage(question);
    const key = conversationKey(message.room?.id ?? null, message.talker.id);
    const text = (body: string): ReplyContent => ({ kind: "text", text: body, language });

    if (command === "help" || question === "") return this.say(sink, message, text(this.helpText(language)), "command");
    if (command === "reset") {
      this.conversations.delete(key);
      return this.say(sink, message, text(messages.reset[language]), "command");
    }
    if (command === "sources") {
      const citations = this.conversations.get(key)?.lastCitations ?? [];
      const body = citations.length === 0 ? messages.noSources[language] : [messages.sourcesHeader[language], ...citations.map((citation) => `「${citation.heading}」${citation.quote}`)].join("\n");
      return this.say(sink, message, text(body), "command");
    }
    if (command === "status" && isAdmin) return this.say(sink, message, text(this.statusText(language)), "command");

    const started = timers.now();
    // One progress send at a time, always of the latest text: a fast model never queues sends.
    let streamed = "";
    let pending: string | null = null;
    let progress: Promise<void> = Promise.resolve();
    let pumping = false;
    const pump = async () => {
      while (pending !== null) {
        const snapshot = pending;
        pending = null;
        await within(sink.progress(snapshot), settings.sendTimeoutMs, timers).catch(() => undefined);
      }
    };
    const onToken = (token: string) => {
      streamed += token;
      pending = streamed;
      if (pumping) return;
      pumping = true;
      progress = pump().finally(() => (pumping = false));
    };
    const core = await this.options.core();
    const answering = core(question, this.conversations.get(key), {
      mentionNames: message.botNames,
      onToken,
      ...(message.quoted !== undefined ? { quoted: message.quoted } : {}),
      ...(command === "list" ? { command: "list-categories" as const } : {}),
    });
    const answered = await within(answering, settings.answerTimeoutMs, timers);
    if (answered.status === "timed-out") throw new Error(`the answer took longer than ${settings.answerTimeoutMs} ms`);
    const answer = answered.value;
    await progress;
    this.conversations.set(key, answer.conversation);
    const feedbackId = sink.feedbackId;
    const result = await this.say(sink, message, { kind: "answer", answer }, command === "list" ? "command" : "answered");
    if (result.outcome === "send-timeout") return result;
    this.counters.answered += 1;
    this.options.qaLog?.recordAnswer({
      time: new Date(timers.now()).toISOString(),
      channel: this.options.channel,
      roomId: message.room?.id ?? null,
      userId: message.talker.id,
      ...answerLogFields(answer),
      feedbackId,
      latencyMs: timers.now() - started,
    });
    return { ...result, answer, feedbackId };
  }

  /** The help text, also used as WeCom's welcome message. */
  helpText(language: Language): string {
    return this.options.messages.help[language].replaceAll("{keyword}", this.options.settings.keywords[0] ?? "直播类目");
  }

  private statusText(language: Language): string {
    return this.options.messages.status[language]
      .replace("{uptime}", String(Math.floor((this.options.timers.now() - this.startedAt) / 60_000)))
      .replace("{answered}", String(this.counters.answered))
      .replace("{limited}", String(this.counters.limited))
      .replace("{dropped}", String(this.counters.dropped))
      .replace("{errors}", String(this.counters.errors))
      .replace("{queued}", String(this.queue.size));
  }

  private report(event: HandledEvent): void {
    this.options.logger.debug({ messageId: event.messageId, outcome: event.outcome }, "message handled");
    this.options.onHandled?.(event);
  }
}
