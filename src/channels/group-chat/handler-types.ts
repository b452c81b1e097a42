import type { Answer } from "../../answer/answer.js";
import type { AnswerService } from "../../app/create-answer-service.js";
import type { CommandName } from "../../lexicon/lexicon-schema.js";
import type { QaLog, QaLogChannel } from "../../qa-log/qa-log.js";
import type { BotMessages } from "./bot-messages.js";
import type { BotSettings } from "./bot-settings.js";
import type { ChatTransport } from "./chat-transport.js";
import type { Timers } from "./timers.js";

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
  | "ignored-busy"
  | "ignored-stopping"
  | "dropped-queue-full"
  | "dropped-shutdown"
  | "refused-by-platform"
  | "hint-non-text"
  | "notice-rate-limited"
  | "command"
  | "answered"
  | "send-timeout"
  | "error";

export interface HandledEvent {
  readonly messageId: string;
  readonly outcome: Outcome;
  readonly answer?: Answer;
  readonly feedbackId?: string | null;
}

export interface GroupChatHandlerOptions {
  readonly core: () => Promise<AnswerCore>;
  readonly settings: BotSettings;
  readonly messages: BotMessages;
  /** The command words (帮助, 类目 …), from corpus/lexicon.yaml › commands. */
  readonly commands: ReadonlyMap<string, CommandName>;
  readonly timers: Timers;
  readonly logger: BotLogger;
  readonly transport: ChatTransport;
  readonly channel: QaLogChannel;
  readonly qaLog?: QaLog;
  readonly onHandled?: (event: HandledEvent) => void;
  /** Called when a message is accepted into the queue (its outcome is reported when done). */
  readonly onQueued?: (messageId: string) => void;
}

/** One line for an error: a message, or WeCom's `errmsg (errcode)` ack frame. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === "object" && "errmsg" in error) return `${String((error as { errmsg: unknown }).errmsg)} (${String((error as { errcode?: unknown }).errcode)})`;
  return String(error);
}
