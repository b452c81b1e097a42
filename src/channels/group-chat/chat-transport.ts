import type { Answer } from "../../answer/answer.js";
import type { Language } from "../../understanding/understand-question.js";

/** A chat message as the handler needs it; each transport (wechaty, WeCom) builds it from its own. */
export interface IncomingMessage {
  readonly id: string;
  /** The text; in a room, transports that know the mention already removed it. */
  readonly text: string;
  readonly isText: boolean;
  readonly isSelf: boolean;
  readonly sentAt: number;
  readonly room: { readonly id: string; readonly topic: string } | null;
  /** The sender; `name` lets BOT_ADMINS list names, since ids change on re-login with some puppets. */
  readonly talker: { readonly id: string; readonly name?: string };
  /** The platform says the bot was mentioned (WeCom delivers group messages only then). */
  readonly mentionsBot: boolean;
  /** The bot's name and its alias in this room, for mentions typed as text. */
  readonly botNames: readonly string[];
  /** The earlier message this one quotes, when the platform gives it apart from the text (WeCom). */
  readonly quoted?: string;
}

/** What the handler asks a transport to show; the transport renders it (plain text, markdown). */
export type ReplyContent =
  | { readonly kind: "text"; readonly text: string; readonly language: Language }
  | { readonly kind: "answer"; readonly answer: Answer };

/**
 * The reply to one message. The handler calls `progress` while an answer is being written
 * (the whole text so far), then exactly one of `finish` or `close`.
 */
export interface ReplySink {
  /** The id users' ratings of this answer will carry (WeCom's feedback id); null when the platform has none. */
  readonly feedbackId: string | null;
  /** The answer so far (cumulative). Transports that cannot update a sent message ignore it. */
  progress(textSoFar: string): Promise<void>;
  /** Sends the reply and ends it. */
  finish(content: ReplyContent): Promise<void>;
  /** Ends the reply without content (shutdown, a timed-out answer): closes anything left open. */
  close(note: string): Promise<void>;
}

export interface ChatTransport {
  /** Starts the reply to a message; sends nothing until the handler calls the sink. */
  open(message: IncomingMessage): ReplySink;
}

/**
 * Thrown by a sink when the platform's own limit forbids this reply (WeCom: 30 messages a minute
 * per conversation). The handler then neither apologises (that would be refused too) nor retries.
 */
export class ReplyRefusedError extends Error {}
