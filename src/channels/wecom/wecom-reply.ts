import { randomBytes } from "node:crypto";
import type { SendMsgBody, WsFrame, WsFrameHeaders } from "@wecom/aibot-node-sdk";
import type { BotMessages } from "../group-chat/bot-messages.js";
import { ReplyRefusedError, type ChatTransport, type IncomingMessage, type ReplyContent, type ReplySink } from "../group-chat/chat-transport.js";
import type { BotLogger } from "../group-chat/group-chat-handler.js";
import { RateLimiter } from "../group-chat/rate-limiter.js";
import { splitMessage } from "../group-chat/split-message.js";
import type { Timers } from "../group-chat/timers.js";
import { renderAnswerMarkdown, renderVerdictMarkdown } from "./wecom-markdown.js";

/** The part of the SDK's WSClient that replies use; the real client satisfies it. */
export interface WecomReplyClient {
  replyStream(frame: WsFrameHeaders, streamId: string, content: string, finish?: boolean, msgItem?: undefined, feedback?: { id: string }): Promise<WsFrame>;
  replyStreamNonBlocking(frame: WsFrameHeaders, streamId: string, content: string, finish?: boolean, msgItem?: undefined, feedback?: { id: string }): Promise<WsFrame | "skipped">;
  sendMessage(chatid: string, body: SendMsgBody): Promise<WsFrame>;
}

/** WeCom's limits (protocol notes › Replying, Limits). */
export const wecomLimits = {
  /** A stream's content, and a markdown message, in UTF-8 bytes. */
  contentBytes: 20_480,
  /** Messages a conversation may receive per minute, replies and pushes together. */
  messagesPerMinute: 30,
  /** The stream can no longer be updated; push the answer as a markdown message instead. */
  streamExpired: 846_608,
} as const;

export interface WecomTransportOptions {
  readonly client: WecomReplyClient;
  /** The callback frame of each message, by message id, so replies reuse its req_id. */
  readonly frameOf: (message: IncomingMessage) => WsFrameHeaders | undefined;
  readonly messages: BotMessages;
  readonly timers: Timers;
  readonly logger: BotLogger;
  /** Overridable for tests only; WeCom's own limit otherwise. */
  readonly contentBytes?: number;
}

/**
 * Replies as WeCom streams: the verdict sentence in the first frame, every frame carrying the
 * whole text so far, the last one with finish:true; past the byte limit the rest follows as a
 * markdown message; an expired stream (846608) falls back to a markdown message.
 */
export function createWecomTransport(options: WecomTransportOptions): ChatTransport {
  const outbound = new RateLimiter({ clock: options.timers, limit: wecomLimits.messagesPerMinute, windowMs: 60_000 });
  return { open: (message) => new WecomReply(message, options, outbound) };
}

type State = "new" | "streaming" | "done";

class WecomReply implements ReplySink {
  readonly feedbackId = `fb-${randomBytes(16).toString("hex")}`;
  private readonly streamId = `stream-${randomBytes(8).toString("hex")}`;
  private readonly chatId: string;
  private state: State = "new";
  private shown = "";
  private feedbackSent = false;

  constructor(
    private readonly message: IncomingMessage,
    private readonly options: WecomTransportOptions,
    private readonly outbound: RateLimiter,
  ) {
    // Pushes go to the group's chat id, or to the user in one-to-one chat.
    this.chatId = message.room?.id ?? message.talker.id;
  }

  async progress(textSoFar: string): Promise<void> {
    if (this.state === "done") return;
    const [verdict = "", ...rest] = textSoFar.split("\n");
    const content = fitBytes([renderVerdictMarkdown(verdict), ...rest].join("\n").trimEnd(), this.limit);
    if (content.trim() === "") return;
    if (this.state === "new") this.takeSlot();
    this.state = "streaming";
    // A frame still waiting for its ack makes this one skipped, so a fast model never queues frames.
    const sent = await this.options.client.replyStreamNonBlocking(this.frame(), this.streamId, content, false, undefined, this.feedback(true));
    if (sent !== "skipped") this.shown = content;
  }

  async finish(content: ReplyContent): Promise<void> {
    if (this.state === "done") return;
    const isAnswer = content.kind === "answer";
    const full = isAnswer ? renderAnswerMarkdown(content.answer) : content.text;
    const [first = "", ...rest] = splitMessage(full, {
      maximumCharacters: this.limit,
      maximumBytes: this.limit,
      maximumParts: 3,
      continuation: this.options.messages.continuation[isAnswer ? content.answer.language : content.language],
    });
    try {
      if (this.state === "new") {
        this.takeSlot();
        this.state = "streaming";
        // The rules' verdict is the first thing the asker sees, then the full answer replaces it.
        if (isAnswer && content.answer.verdictSentence.trim() !== "") {
          await this.frameOut(renderVerdictMarkdown(content.answer.verdictSentence), false, isAnswer);
        }
      }
      await this.frameOut(first, true, isAnswer);
    } catch (error) {
      if (!isStreamExpired(error)) throw error;
      this.options.logger.warn({ messageId: this.message.id }, "stream expired (846608): sending the answer as a markdown message");
      this.state = "done";
      for (const part of [first, ...rest]) await this.push(part);
      return;
    }
    this.state = "done";
    for (const part of rest) await this.push(part);
  }

  async close(note: string): Promise<void> {
    // Nothing was shown: there is no bubble to close.
    if (this.state !== "streaming") return;
    this.state = "done";
    const content = fitBytes(this.shown === "" ? note : `${this.shown}\n\n${note}`, this.limit);
    await this.options.client.replyStream(this.frame(), this.streamId, content, true);
  }

  private async frameOut(content: string, finish: boolean, withFeedback: boolean): Promise<void> {
    await this.options.client.replyStream(this.frame(), this.streamId, content, finish, undefined, this.feedback(withFeedback));
    this.shown = content;
  }

  /** The feedback id goes on the first frame of an answer only. */
  private feedback(isAnswer: boolean): { id: string } | undefined {
    if (!isAnswer || this.feedbackSent) return undefined;
    this.feedbackSent = true;
    return { id: this.feedbackId };
  }

  private async push(content: string): Promise<void> {
    this.takeSlot();
    await this.options.client.sendMessage(this.chatId, { msgtype: "markdown", markdown: { content } });
  }

  /** WeCom allows 30 messages a minute per conversation; beyond that the reply is not sent. */
  private takeSlot(): void {
    if (this.outbound.check(this.chatId) === "allowed") return;
    throw new ReplyRefusedError(`WeCom's limit of ${wecomLimits.messagesPerMinute} messages a minute in this conversation is reached`);
  }

  private frame(): WsFrameHeaders {
    const frame = this.options.frameOf(this.message);
    if (!frame) throw new Error(`no callback frame for message ${this.message.id}`);
    return frame;
  }

  private get limit(): number {
    return this.options.contentBytes ?? wecomLimits.contentBytes;
  }
}

function isStreamExpired(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { errcode?: unknown }).errcode === wecomLimits.streamExpired;
}

const encoder = new TextEncoder();

/** Cuts text to a byte limit at a character boundary (for intermediate frames). */
function fitBytes(text: string, maximumBytes: number): string {
  if (encoder.encode(text).length <= maximumBytes) return text;
  let kept = "";
  let bytes = 0;
  for (const character of text) {
    const size = encoder.encode(character).length;
    if (bytes + size > maximumBytes) break;
    kept += character;
    bytes += size;
  }
  return kept;
}
