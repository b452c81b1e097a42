import { describe, expect, it } from "vitest";
import { stripMentions, toIncomingMessage } from "./wecom-message.js";

const frame = (body: Record<string, unknown>) => ({ headers: { req_id: "r1" }, body: { msgid: "m1", aibotid: "bot", from: { userid: "alice" }, ...body } }) as never;

describe("toIncomingMessage", () => {
  it("removes the @name WeCom leaves in group text and keys the room by chat id", () => {
    const message = toIncomingMessage(frame({ chattype: "group", chatid: "chat-9", msgtype: "text", text: { content: "@直播助手\u2005银行能直播吗" } }), 5);
    expect(message).toMatchObject({ id: "m1", text: "银行能直播吗", isText: true, room: { id: "chat-9" }, talker: { id: "alice" }, mentionsBot: true, sentAt: 5 });
  });

  it("reads voice as its transcription and mixed messages by their text items", () => {
    expect(toIncomingMessage(frame({ chattype: "single", msgtype: "voice", voice: { content: "证券能直播吗" } }), 0)).toMatchObject({ text: "证券能直播吗", isText: true, room: null });
    const mixed = frame({ chattype: "group", chatid: "c", msgtype: "mixed", mixed: { msg_item: [{ msgtype: "text", text: { content: "@机器人 这个类目" } }, { msgtype: "image", image: { url: "u" } }, { msgtype: "text", text: { content: "能直播吗" } }] } });
    expect(toIncomingMessage(mixed, 0)).toMatchObject({ text: "这个类目 能直播吗", isText: true });
  });

  it("asks about the quoted text when the message itself is only the mention", () => {
    const quoted = frame({ chattype: "group", chatid: "c", msgtype: "text", text: { content: "@直播助手" }, quote: { msgtype: "text", text: { content: "电商平台能用 live-pusher 吗" } } });
    expect(toIncomingMessage(quoted, 0)).toMatchObject({ text: "电商平台能用 live-pusher 吗" });
  });

  it("keeps the quoted message apart when the message asks something of its own after it", () => {
    const reply = frame({ chattype: "group", chatid: "c", msgtype: "text", text: { content: "@直播助手 那政府单位的呢" }, quote: { msgtype: "text", text: { content: "个人认证的小程序不能直播" } } });
    expect(toIncomingMessage(reply, 0)).toMatchObject({ text: "那政府单位的呢", quoted: "个人认证的小程序不能直播" });
  });

  it("marks images, files and videos as not text, and refuses a frame without msgid or sender", () => {
    expect(toIncomingMessage(frame({ chattype: "single", msgtype: "image", image: { url: "u" } }), 0)).toMatchObject({ isText: false });
    expect(toIncomingMessage({ headers: { req_id: "r" }, body: { msgtype: "text" } } as never, 0)).toBe(null);
  });
});

describe("stripMentions", () => {
  it("removes mentions anywhere but leaves e-mail addresses and @ inside words", () => {
    expect(stripMentions("请问 @直播助手 银行能直播吗")).toBe("请问 银行能直播吗");
    expect(stripMentions("@A @B 联系 a@b.com")).toBe("联系 a@b.com");
  });
});
