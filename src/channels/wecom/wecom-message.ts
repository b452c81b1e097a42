import type { BaseMessage, WsFrame } from "@wecom/aibot-node-sdk";
import type { IncomingMessage } from "../group-chat/chat-transport.js";

/**
 * Reads a WeCom message callback as the group-chat handler needs it. Text, voice (WeCom sends
 * the transcription) and the text items of mixed messages are text; images, files and videos are not.
 * Group messages arrive only when the bot is @-mentioned, and the `@名字` stays in the text: it is removed here.
 */
export function toIncomingMessage(frame: WsFrame<BaseMessage>, receivedAt: number): IncomingMessage | null {
  const body = frame.body;
  if (!body || typeof body.msgid !== "string" || typeof body.from?.userid !== "string") return null;
  const isGroup = body.chattype === "group" && typeof body.chatid === "string";
  const raw = textOf(body);
  const text = raw === null ? "" : isGroup ? stripMentions(raw) : raw.trim();
  // An empty message that quotes another one asks about the quoted text; one with text of its own asks after it.
  const quoted = quotedText(body);
  return {
    id: body.msgid,
    text: text === "" ? (quoted ?? "") : text,
    ...(text !== "" && quoted !== null ? { quoted } : {}),
    isText: raw !== null,
    isSelf: false,
    // WeCom pushes live messages only; the time of receipt is the time that matters for limits.
    sentAt: receivedAt,
    room: isGroup ? { id: body.chatid!, topic: body.chatid! } : null,
    talker: { id: body.from.userid },
    mentionsBot: isGroup,
    botNames: [],
  };
}

function textOf(body: BaseMessage): string | null {
  switch (body.msgtype) {
    case "text":
      return typeof body.text?.content === "string" ? body.text.content : "";
    case "voice":
      return typeof body.voice?.content === "string" ? body.voice.content : "";
    case "mixed": {
      const items: unknown[] = Array.isArray(body.mixed?.msg_item) ? body.mixed.msg_item : [];
      const texts = items.flatMap((item) => {
        const content = (item as { msgtype?: string; text?: { content?: unknown } }).text?.content;
        return (item as { msgtype?: string }).msgtype === "text" && typeof content === "string" ? [content] : [];
      });
      return texts.length > 0 ? texts.join("\n") : null;
    }
    default:
      return null;
  }
}

function quotedText(body: BaseMessage): string | null {
  const quote = body.quote;
  if (!quote) return null;
  const content = quote.msgtype === "voice" ? quote.voice?.content : quote.text?.content;
  return typeof content === "string" && content.trim() !== "" ? content.trim() : null;
}

/** Removes `@name` mentions (followed by a space, U+2005 or the end) and tidies the spaces. */
export function stripMentions(text: string): string {
  return text
    .replace(/(^|[\s\u2005])@[^\s\u2005@]+(?=[\s\u2005]|$)/gu, "$1")
    .replace(/[\u2005\s]+/gu, " ")
    .trim();
}
