import { join } from "node:path";
import { pino } from "pino";
import qrcodeTerminal from "qrcode-terminal";
import { types, WechatyBuilder, type Message, type Wechaty } from "wechaty";
import type { impls } from "wechaty-puppet";
import { createAnswerService } from "../app/create-answer-service.js";
import { projectRoot, readCoreSettings } from "../config/settings.js";
import { systemClock, type Clock } from "../shared/clock.js";
import { loadBotMessages, type BotMessages } from "./group-chat/bot-messages.js";
import { defaultBotSettings, type BotSettings } from "./group-chat/bot-settings.js";
import {
  GroupChatHandler,
  type AnswerCore,
  type BotLogger,
  type HandledEvent,
  type IncomingMessage,
} from "./group-chat/group-chat-handler.js";

export interface WechatyBotOptions {
  /** A wechaty puppet instance: wechat4u, puppet-service (WeCom, pad), or puppet-mock in tests. */
  readonly puppet: impls.PuppetInterface;
  /** The answer core; by default the local one, loaded on the first question. */
  readonly core?: AnswerCore;
  readonly settings?: Partial<BotSettings>;
  readonly messages?: BotMessages;
  readonly clock?: Clock;
  readonly logger?: BotLogger;
  /** Keeps the login session in `<sessionFile>.memory-card.json`; none when omitted. */
  readonly sessionFile?: string;
  readonly onHandled?: (event: HandledEvent) => void;
  /** Shows the login QR code; by default printed to stderr with its URL. */
  readonly onScan?: (qrcode: string, status: types.ScanStatus) => void;
}

/** Builds the group bot on a puppet; returns the Wechaty instance, not yet started. */
export function createWechatyBot(options: WechatyBotOptions): Wechaty {
  const settings: BotSettings = { ...defaultBotSettings(), ...options.settings };
  const clock = options.clock ?? systemClock;
  const logger: BotLogger = options.logger ?? pino({ level: settings.logLevel });
  const messages = options.messages ?? loadDefaultMessages();
  const bot = WechatyBuilder.build({ puppet: options.puppet, ...(options.sessionFile ? { name: options.sessionFile } : {}) });

  let corePromise: Promise<AnswerCore> | undefined;
  const core = () => (corePromise ??= options.core ? Promise.resolve(options.core) : loadDefaultCore());
  const sources = new WeakMap<IncomingMessage, Message>();
  const handler = new GroupChatHandler({
    core,
    settings,
    messages,
    clock,
    logger,
    onHandled: options.onHandled,
    send: async (incoming, parts) => {
      const message = sources.get(incoming);
      if (!message) throw new Error(`no chat message for ${incoming.id}`);
      const room = message.room();
      for (const [index, part] of parts.entries()) {
        if (room) await (index === 0 ? room.say(part, message.talker()) : room.say(part));
        else await message.talker().say(part);
      }
    },
  });

  bot.on("scan", (qrcode, status) => {
    if (options.onScan) options.onScan(qrcode, status);
    else printQrCode(qrcode, status);
  });
  bot.on("login", (user) => logger.info({ userId: user.id }, "logged in; answering when mentioned"));
  bot.on("logout", (user, reason) => logger.warn({ userId: user.id, reason }, "logged out; waiting for a new login (scan the QR code again)"));
  bot.on("error", (error) => logger.error({ error: error instanceof Error ? error.message : String(error) }, "puppet error"));
  bot.on("message", (message) => {
    toIncoming(bot, message).then(
      (incoming) => {
        sources.set(incoming, message);
        handler.handle(incoming);
      },
      (error: unknown) => logger.error({ messageId: message.id, error: error instanceof Error ? error.message : String(error) }, "cannot read a message"),
    );
  });
  handlers.set(bot, handler);
  return bot;
}

const handlers = new WeakMap<Wechaty, GroupChatHandler>();

/** The handler behind a bot made by createWechatyBot; tests and shutdown wait on its queue. */
export function handlerOf(bot: Wechaty): GroupChatHandler {
  const handler = handlers.get(bot);
  if (!handler) throw new Error("not a bot made by createWechatyBot");
  return handler;
}

async function toIncoming(bot: Wechaty, message: Message): Promise<IncomingMessage> {
  const room = message.room();
  const isText = message.type() === types.Message.Text;
  const self = message.self();
  const botNames: string[] = [];
  let mentionsBot = false;
  if (bot.isLoggedIn && !self) {
    botNames.push(bot.currentUser.name());
    if (room && isText) {
      const alias = await room.alias(bot.currentUser);
      if (alias) botNames.push(alias);
      mentionsBot = await message.mentionSelf();
    }
  }
  return {
    id: message.id,
    text: isText ? message.text() : "",
    isText,
    isSelf: self,
    sentAt: message.date().getTime(),
    room: room ? { id: room.id, topic: await room.topic() } : null,
    talker: { id: message.talker().id },
    mentionsBot,
    botNames,
  };
}

function loadDefaultMessages(): BotMessages {
  const settings = readCoreSettings(process.env);
  const directory = settings.ok ? settings.value.promptsDirectory : join(projectRoot, "prompts");
  const messages = loadBotMessages(directory);
  if (!messages.ok) throw new Error(messages.error);
  return messages.value;
}

async function loadDefaultCore(): Promise<AnswerCore> {
  const settings = readCoreSettings(process.env);
  if (!settings.ok) throw new Error(settings.error);
  const service = await createAnswerService({ settings: settings.value });
  if (!service.ok) throw new Error(service.error);
  return service.value.answer;
}

function printQrCode(qrcode: string, status: types.ScanStatus): void {
  if (status !== types.ScanStatus.Waiting && status !== types.ScanStatus.Timeout) return;
  qrcodeTerminal.generate(qrcode, { small: true }, (art: string) => process.stderr.write(`${art}\n`));
  process.stderr.write(`Scan to log in, or open: https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}\n`);
}
