import { WSClient, type BaseMessage, type EventMessage, type WsFrame, type WsFrameHeaders } from "@wecom/aibot-node-sdk";
import type { CommandName } from "../../lexicon/lexicon-schema.js";
import type { QaLog } from "../../qa-log/qa-log.js";
import type { BotMessages } from "../group-chat/bot-messages.js";
import type { BotSettings, WecomSettings } from "../group-chat/bot-settings.js";
import type { IncomingMessage } from "../group-chat/chat-transport.js";
import { GroupChatHandler, errorText, type AnswerCore, type BotLogger, type HandledEvent } from "../group-chat/group-chat-handler.js";
import { ProblemSummary } from "../group-chat/problem-summary.js";
import { systemTimers, within, type Timers } from "../group-chat/timers.js";
import { toFeedbackEntry } from "./wecom-feedback.js";
import { toIncomingMessage } from "./wecom-message.js";
import { createWecomTransport } from "./wecom-reply.js";

export interface WecomBotOptions {
  readonly wecom: WecomSettings;
  readonly settings: BotSettings;
  readonly core: AnswerCore;
  readonly messages: BotMessages;
  readonly commands: ReadonlyMap<string, CommandName>;
  readonly logger: BotLogger;
  readonly timers?: Timers;
  readonly qaLog?: QaLog;
  readonly onHandled?: (event: HandledEvent) => void;
  readonly onQueued?: (messageId: string) => void;
  /** The first reconnect delay; doubles up to 30 s (the SDK's back-off). Tests shorten it. */
  readonly reconnectBaseMs?: number;
  /** Tests only: a smaller content limit than WeCom's 20,480 bytes. */
  readonly contentBytes?: number;
}

export type WecomStopReason =
  | { readonly kind: "bad-credentials"; readonly message: string }
  | { readonly kind: "taken-over" }
  | { readonly kind: "gave-up"; readonly message: string }
  | { readonly kind: "stopped" };

export interface WecomBot {
  readonly handler: GroupChatHandler;
  /** Connects; resolves "online" once WeCom acknowledged the subscription, or why it stopped first. */
  start(): Promise<{ readonly kind: "online" } | WecomStopReason>;
  /** Resolves when the bot stops, by itself (bad credentials, another instance) or by `stop`. */
  readonly stopped: Promise<WecomStopReason>;
  /** Stops taking messages, finishes or drops what is queued within the grace period, disconnects. */
  stop(): Promise<void>;
}

/** WeCom's code for a wrong BotID or Secret; retrying cannot fix it. */
const badCredentials = /\(code: 853000\)/;
/** WeCom answers the welcome only within 5 s of enter_chat. */
const welcomeDeadlineMs = 5_000;

/** The WeCom 智能机器人 channel over the official SDK's long connection, on the shared group-chat handler. */
export function createWecomBot(options: WecomBotOptions): WecomBot {
  const { logger, settings, wecom } = options;
  const timers = options.timers ?? systemTimers;
  const problems = new ProblemSummary(logger, timers);
  const client = new WSClient({
    botId: wecom.botId,
    secret: wecom.secret,
    ...(wecom.wsUrl ? { wsUrl: wecom.wsUrl } : {}),
    reconnectInterval: options.reconnectBaseMs ?? 1_000,
    maxReconnectAttempts: -1, // a dropped connection is retried with back-off, for as long as it takes
    maxAuthFailureAttempts: 5,
    // The SDK's own lines go to debug: its debug lines carry message texts, and what matters is logged below.
    logger: { debug: () => undefined, info: (text) => logger.debug({ sdk: text }), warn: (text, ...rest) => logger.debug({ sdk: [text, ...rest].join(" ") }), error: (text, ...rest) => logger.debug({ sdk: [text, ...rest].join(" ") }) },
  });
  const frames = new WeakMap<IncomingMessage, WsFrameHeaders>();
  const handler = new GroupChatHandler({
    core: async () => options.core,
    settings,
    messages: options.messages,
    commands: options.commands,
    timers,
    logger,
    channel: "wecom",
    ...(options.qaLog ? { qaLog: options.qaLog } : {}),
    ...(options.onHandled ? { onHandled: options.onHandled } : {}),
    ...(options.onQueued ? { onQueued: options.onQueued } : {}),
    transport: createWecomTransport({
      client,
      frameOf: (message) => frames.get(message),
      messages: options.messages,
      timers,
      logger,
      ...(options.contentBytes ? { contentBytes: options.contentBytes } : {}),
    }),
  });

  let settle: (reason: WecomStopReason) => void = () => undefined;
  const stopped = new Promise<WecomStopReason>((resolve) => {
    let done = false;
    settle = (reason) => {
      if (done) return;
      done = true;
      resolve(reason);
    };
  });
  let onlineOnce: () => void = () => undefined;
  const online = new Promise<{ kind: "online" }>((resolve) => (onlineOnce = () => resolve({ kind: "online" })));
  let wasOnline = false;
  let stopping = false;

  client.on("authenticated", () => {
    logger.info({ botId: wecom.botId }, wasOnline ? "WeCom connection restored; online again" : "online: WeCom acknowledged the subscription; answering @-mentions and one-to-one chats");
    wasOnline = true;
    onlineOnce();
  });
  client.on("disconnected", (reason) => {
    if (stopping) return;
    problems.report("connection", { reason }, "connection to WeCom lost; reconnecting with back-off (1 s doubling to 30 s)");
  });
  client.on("error", (error: Error & { code?: string }) => {
    if (badCredentials.test(error.message)) {
      client.disconnect();
      settle({ kind: "bad-credentials", message: "environment: WECOM_BOT_ID, WECOM_BOT_SECRET: WeCom refused them (853000 invalid bot_id or secret); fix: copy both again from the bot's API settings (长连接) in the WeCom admin console" });
    } else if (error.code === "WS_AUTH_FAILURE_EXHAUSTED" || error.code === "WS_RECONNECT_EXHAUSTED") {
      settle({ kind: "gave-up", message: `WeCom: ${error.message}; fix: check the network and WECOM_WS_URL, then start again` });
    } else {
      problems.report("error", { error: error.message }, "WeCom connection problem; retrying with back-off (check the network, a proxy, or WECOM_WS_URL for private deployments)");
    }
  });
  client.on("event.disconnected_event", () => {
    logger.warn({ botId: wecom.botId }, "another instance connected with this BotID, so WeCom closed this connection; stopping without reconnecting (run one instance per BotID)");
    settle({ kind: "taken-over" });
  });
  client.on("message", (frame: WsFrame<BaseMessage>) => {
    const incoming = toIncomingMessage(frame, timers.now());
    if (!incoming) {
      logger.warn({ reqId: frame.headers?.req_id }, "a WeCom message without msgid or sender was ignored");
      return;
    }
    frames.set(incoming, { headers: frame.headers });
    handler.handle(incoming);
  });
  client.on("event.enter_chat", (frame) => {
    const welcome = client.replyWelcome(frame, { msgtype: "text", text: { content: handler.helpText("zh") } });
    within(welcome, Math.min(welcomeDeadlineMs, settings.sendTimeoutMs), timers).then(
      (sent) => sent.status === "timed-out" && logger.warn({ userId: frame.body?.from.userid }, "the welcome was not acknowledged within 5 s"),
      (error: unknown) => logger.warn({ userId: frame.body?.from.userid, error: errorText(error) }, "cannot send the welcome"),
    );
  });
  client.on("event.feedback_event", (frame: WsFrame<EventMessage>) => {
    const entry = toFeedbackEntry(frame.body, new Date(timers.now()).toISOString());
    if (entry) options.qaLog?.recordFeedback(entry);
    else logger.debug({ reqId: frame.headers?.req_id }, "feedback without an id, or a cancelled rating: not recorded");
  });

  return {
    handler,
    stopped,
    start() {
      client.connect();
      return Promise.race([online, stopped]);
    },
    async stop() {
      if (stopping) return;
      stopping = true;
      await handler.shutdown();
      client.disconnect();
      settle({ kind: "stopped" });
    },
  };
}
