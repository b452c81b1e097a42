import { describe, expect, it } from "vitest";
import type { AnswerCore } from "../group-chat/group-chat-handler.js";
import { useWecomKits } from "./wecom-test-kit.js";

const { service: answerService, kit } = useWecomKits();

const contents = (frames: ReadonlyArray<{ body?: { stream?: { content?: string } } }>) => frames.map((frame) => frame.body?.stream?.content ?? "");
const bytes = (text: string) => Buffer.byteLength(text, "utf8");

describe("WeCom bot: answers", () => {
  it("answers a group @-mention with the rules' verdict: verdict first, then the whole answer, finish:true", async () => {
    const { server, started } = await kit();
    expect(started).toEqual({ kind: "online" });
    const reqId = server.groupText("alice", "@直播助手 我们是电商平台类目,能直接用 live-pusher 吗?");
    await server.finished(reqId);
    const frames = server.repliesTo(reqId);
    expect(frames.every((frame) => frame.cmd === "aibot_respond_msg" && frame.body?.msgtype === "stream")).toBe(true);
    expect(new Set(frames.map((frame) => frame.body?.stream?.id)).size).toBe(1);
    const [first, ...rest] = contents(frames);
    expect(first).toBe("**「电商平台」类目需通过 小程序·云直播插件 接入直播,不能直接使用 `<live-pusher>`/`<live-player>`。**");
    const last = rest.at(-1)!;
    // Every frame carries the whole text so far: the last one starts with the first.
    expect(last.startsWith(first!)).toBe(true);
    expect(last).toContain("> 来源:");
    expect(last).toContain("> 「电商平台 > 电商平台」具备电商平台类目,可直接通过 小程序·云直播插件 进行接入小程序直播。");
    expect(frames.map((frame) => frame.body?.stream?.finish)).toEqual([...frames.slice(1).map(() => false), true]);
  });

  it("answers a one-to-one message, and a transcribed voice message", async () => {
    const { server } = await kit();
    const text = server.singleText("bob", "保险中介要几选一的资质?");
    const voice = server.sendMessage({ chattype: "single", from: { userid: "carol" }, msgtype: "voice", voice: { content: "银行能直播吗" } });
    await server.finished(text);
    await server.finished(voice);
    expect(contents(server.repliesTo(text)).at(-1)).toContain("④选①");
    expect(contents(server.repliesTo(voice)).at(-1)).toContain("「金融业-银行」类目可以使用微信原生组件标签");
  });

  it("hints that only text is understood in one-to-one chat, and stays silent on an image in a group", async () => {
    const { server, handled, outcomes } = await kit();
    const single = server.sendMessage({ chattype: "single", from: { userid: "bob" }, msgtype: "image", image: { url: "https://example.invalid/a.png", aeskey: "x" } });
    const group = server.sendMessage({ chatid: "group-1", chattype: "group", from: { userid: "bob" }, msgtype: "file", file: { url: "https://example.invalid/a.pdf" } });
    await outcomes(2);
    await server.finished(single);
    expect(contents(server.repliesTo(single))).toEqual(["我只能理解文字消息,请用文字提问。"]);
    expect(server.repliesTo(group)).toEqual([]);
    expect(handled.map((event) => event.outcome).sort()).toEqual(["hint-non-text", "ignored-non-text"]);
  });

  it("answers a duplicate msgid once", async () => {
    const { server, handled, outcomes } = await kit();
    const body = { msgid: "same-id", chattype: "single", from: { userid: "bob" }, msgtype: "text", text: { content: "银行能直播吗" } };
    const first = server.sendMessage(body);
    const second = server.sendMessage(body);
    await outcomes(2);
    await server.finished(first);
    expect(handled.map((event) => event.outcome).sort()).toEqual(["answered", "ignored-duplicate"]);
    expect(server.repliesTo(second)).toEqual([]);
  });

  it("keeps two users' follow-ups apart in one group, keyed by chat id and user id", async () => {
    const { server } = await kit();
    const ask = async (user: string, text: string) => {
      const reqId = server.groupText(user, `@直播助手 ${text}`);
      await server.finished(reqId);
      return contents(server.repliesTo(reqId)).at(-1)!;
    };
    await ask("alice", "银行能直播吗");
    await ask("bob", "驾校培训能用 live-pusher 吗");
    expect(await ask("alice", "那需要什么资质?")).toContain("「金融业-银行」资质要求:2选1");
    expect(await ask("bob", "那需要什么资质?")).toContain("「教育-驾校培训」的资质要求一栏没有内容");
  });

  it("attaches a feedback id to each answer and records the rating next to the answer in the Q&A log", async () => {
    const { server, qaLog, outcomes } = await kit();
    const reqId = server.singleText("bob", "银行能直播吗");
    await outcomes(1);
    const feedbackId = server.repliesTo(reqId)[0]!.body?.stream?.feedback?.id;
    expect(feedbackId).toMatch(/^fb-[0-9a-f]{32}$/);
    expect(server.repliesTo(reqId).slice(1).every((frame) => frame.body?.stream?.feedback === undefined)).toBe(true);
    expect(qaLog.answers).toEqual([expect.objectContaining({ channel: "wecom", userId: "bob", roomId: null, feedbackId, method: "native", categories: ["金融业-银行"] })]);

    server.sendEvent("bob", { eventtype: "feedback_event", feedback_event: { id: feedbackId, type: 2, content: "不对", inaccurate_reason_list: [3, 1] } });
    server.sendEvent("bob", { eventtype: "feedback_event", feedback_event: { id: feedbackId, type: 1 } });
    await server.until(() => qaLog.feedback.length === 2, "two feedback entries");
    expect(qaLog.feedback).toEqual([
      expect.objectContaining({ channel: "wecom", feedbackId, rating: "inaccurate", reasons: ["wrong", "unrelated"] }),
      expect.objectContaining({ channel: "wecom", feedbackId, rating: "accurate", reasons: [] }),
    ]);
  });

  it("answers enter_chat with the welcome (help) text within 5 s", async () => {
    const { server } = await kit();
    const started = performance.now();
    const reqId = server.sendEvent("dave", { eventtype: "enter_chat" });
    await server.until(() => server.repliesTo(reqId).length === 1, "the welcome");
    const elapsed = performance.now() - started;
    const [welcome] = server.repliesTo(reqId);
    expect(welcome!.cmd).toBe("aibot_respond_welcome_msg");
    expect(welcome!.body).toMatchObject({ msgtype: "text", text: { content: expect.stringContaining("命令:帮助 · 类目") } });
    expect(elapsed).toBeLessThan(5_000);
  });
});

describe("WeCom bot: stream limits and failures", () => {
  it("streams a model's text cumulatively: each frame holds the whole text so far", async () => {
    const streaming: AnswerCore = async (question, conversation, options) => {
      const answer = await answerService().answer(question, conversation, options);
      options?.onToken?.(`${answer.verdictSentence}\n`);
      for (const token of ["银行", "类目的小程序", "可以直接用原生组件", "推流。"]) options?.onToken?.(token);
      return answer;
    };
    const { server, outcomes } = await kit({ core: streaming });
    const reqId = server.singleText("bob", "银行能直播吗");
    await outcomes(1);
    const frames = server.repliesTo(reqId);
    const progress = contents(frames.filter((frame) => frame.body?.stream?.finish === false));
    expect(progress[0]).toBe("**「金融业-银行」类目可以使用微信原生组件标签 `<live-pusher>`/`<live-player>` 接入直播。**");
    for (const [index, content] of progress.entries()) if (index > 0) expect(content.startsWith(progress[index - 1]!)).toBe(true);
    expect(frames.at(-1)!.body?.stream?.finish).toBe(true);
  });

  it("sends at most 30 messages a minute into one conversation; the rest are dropped and logged, not apologised for", async () => {
    const { server, handled, outcomes, logger } = await kit({ settings: { roomRateLimit: 100, queueLimit: 100 } });
    for (let index = 0; index < 31; index += 1) server.groupText(`user${index}`, "@直播助手 帮助");
    await outcomes(31);
    const count = (outcome: string) => handled.filter((event) => event.outcome === outcome).length;
    expect(count("command")).toBe(30);
    expect(count("refused-by-platform")).toBe(1);
    expect(server.received.filter((frame) => frame.body?.chatid === "group-1" || frame.cmd === "aibot_respond_msg")).toHaveLength(30);
    expect(logger.lines.filter((line) => line.level === "error")).toEqual([]);
  });

  const padded = (extra: string): AnswerCore => async (question, conversation, options) => {
    const answer = await answerService().answer(question, conversation, options);
    return { ...answer, answer: `${answer.answer.split("\n")[0]}\n${extra}\n${answer.answer.split("\n").slice(1).join("\n")}` };
  };

  it("keeps every frame within 20,480 UTF-8 bytes and sends the rest as a follow-up markdown message", async () => {
    const filler = "这是一段用于测试字节上限的说明文字。".repeat(500); // about 27 KB of three-byte characters
    const { server, outcomes, handled } = await kit({ core: padded(filler) });
    const reqId = server.singleText("bob", "银行能直播吗");
    await outcomes(1);
    expect(handled[0]!.outcome).toBe("answered");
    expect(server.pushes).toHaveLength(1);
    for (const content of contents(server.repliesTo(reqId))) expect(bytes(content)).toBeLessThanOrEqual(20_480);
    const pushes = server.pushes.map((frame) => frame.body?.markdown?.content ?? "");
    expect(server.pushes.every((frame) => frame.body?.chatid === "bob" && frame.body?.msgtype === "markdown")).toBe(true);
    for (const content of pushes) expect(bytes(content)).toBeLessThanOrEqual(20_480);
    const shown = [contents(server.repliesTo(reqId)).at(-1)!, ...pushes].join("");
    expect(shown.includes("> 「金融业 > 银行」")).toBe(true);
    expect(bytes(shown)).toBeGreaterThan(27_000);
  });

  it("falls back to a proactive markdown message when the stream expired (846608)", async () => {
    const { server, handled, outcomes } = await kit();
    server.ackFor = (frame) => (frame.body?.stream?.finish ? { errcode: 846608, errmsg: "stream message update expired" } : { errcode: 0 });
    const reqId = server.groupText("alice", "@直播助手 银行能直播吗");
    await outcomes(1);
    expect(handled[0]!.outcome).toBe("answered");
    expect(server.repliesTo(reqId).map((frame) => frame.body?.stream?.finish)).toEqual([false, true]); // the finish frame was refused
    expect(server.pushes).toHaveLength(1);
    expect(server.pushes[0]!.body).toMatchObject({ chatid: "group-1", msgtype: "markdown", markdown: { content: expect.stringContaining("**「金融业-银行」类目可以使用") } });
  });

  it("ends the stream with finish:true and an apology when the answer fails after the verdict was shown", async () => {
    const failing: AnswerCore = async (question, conversation, options) => {
      options?.onToken?.("「金融业-银行」类目可以使用微信原生组件标签 <live-pusher>/<live-player> 接入直播。\n");
      throw new Error("model exploded");
    };
    const { server, handled, outcomes, logger } = await kit({ core: failing });
    const reqId = server.singleText("bob", "银行能直播吗");
    await outcomes(1);
    await server.finished(reqId);
    expect(handled[0]!.outcome).toBe("error");
    const frames = server.repliesTo(reqId);
    expect(frames.at(-1)!.body?.stream).toMatchObject({ finish: true, content: "抱歉,这个问题处理时出错了,请稍后再试。" });
    expect(new Set(frames.map((frame) => frame.body?.stream?.id)).size).toBe(1);
    expect(logger.lines.find((line) => line.level === "error")?.object).toMatchObject({ error: "model exploded" });
  });

  it("opens no stream for a message it decides not to answer, so no bubble is left waiting", async () => {
    const { server, handled, outcomes } = await kit({ settings: { userRateLimit: 1 } });
    const answered = server.singleText("bob", "银行能直播吗");
    const notice = server.singleText("bob", "证券能直播吗");
    const silent = server.singleText("bob", "保险能直播吗");
    await outcomes(3);
    await server.finished(answered);
    await server.finished(notice);
    expect(handled.map((event) => event.outcome).sort()).toEqual(["answered", "ignored-rate-limited", "notice-rate-limited"]);
    expect(server.repliesTo(silent)).toEqual([]);
    // Every stream the bot opened was closed.
    const streams = new Map<string, boolean>();
    for (const frame of server.received) if (frame.body?.stream) streams.set(frame.body.stream.id, frame.body.stream.finish === true);
    expect([...streams.values()].every(Boolean)).toBe(true);
  });
});
