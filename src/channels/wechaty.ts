import { join } from "node:path";
import type { MemoryCard } from "memory-card";
import { pino } from "pino";
import qrcodeTerminal from "qrcode-terminal";
import { types, WechatyBuilder, type Message, type Wechaty } from "wechaty";
import type { impls } from "wechaty-puppet";
import { projectRoot, readCoreSettings } from "../config/settings.js";
import type { CommandName } from "../lexicon/lexicon-schema.js";
import type { QaLog } from "../qa-log/qa-log.js";
import { loadCommandWords } from "./group-chat/bot-commands.js";
import { loadBotMessages, type BotMessages } from "./group-chat/bot-messages.js";
import { defaultBotSettings, type BotSettings } from "./group-chat/bot-settings.js";
import type { ChatTransport, IncomingMessage } from "./group-chat/chat-transport.js";
import { GroupChatHandler, type AnswerCore, type BotLogger, type HandledEvent } from "./group-chat/group-chat-handler.js";
import { ProblemSummary } from "./group-chat/problem-summary.js";
import { splitMessage } from "./group-chat/split-message.js";
import { systemTimers, type Timers } from "./group-chat/timers.js";
import { describePuppetError } from "./wechaty-puppet-errors.js";

export interface WechatyBotOptions {
  /** A wechaty puppet instance: wechat4u, puppet-service (WeCom, pad), or puppet-mock in tests. */
  readonly puppet: impls.PuppetInterface;
  readonly core: AnswerCore;
  readonly settings?: Partial<BotSettings>;
  readonly messages?: BotMessages;
  /** The command words; by default from corpus/lexicon.yaml. */
  readonly commands?: ReadonlyMap<string, CommandName>;
  readonly timers?: Timers;
  readonly logger?: BotLogger;
  /** The login session, from `openSessionCard` (written atomically); none when omitted. */
  readonly memory?: MemoryCard;
  readonly qaLog?: QaLog;
  readonly onHandled?: (event: HandledEvent) => void;
  /** Shows the login QR code; by default printed to stderr with its URL. */
  readonly onScan?: (qrcode: string, status: types.ScanStatus) => void;
}

/** Builds the group bot on a puppet; returns the Wechaty instance, not yet started. */
export function createWechatyBot(options: WechatyBotOptions): Wechaty {
  const settings: BotSettings = { ...defaultBotSettings(), ...options.settings };
  const timers = options.timers ?? systemTimers;
  const logger: BotLogger = options.logger ?? pino({ level: settings.logLevel });
  const bot = WechatyBuilder.build({ puppet: options.puppet, ...(options.memory ? { memory: options.memory } : {}) });
  const sources = new WeakMap<IncomingMessage, Message>();
  const problems = new ProblemSummary(logger, timers);
  const messages = options.messages ?? loadDefaultMessages();
  const handler = new GroupChatHandler({
    core: async () => options.core,
    settings,
    messages,
    commands: options.commands ?? loadDefaultCommands(),
    timers,
    logger,
    channel: "wechaty",
    transport: plainTextTransport(sources, settings, messages),
    ...(options.qaLog ? { qaLog: options.qaLog } : {}),
    ...(options.onHandled ? { onHandled: options.onHandled } : {}),
  });

  bot.on("scan", (qrcode, status) => {
    if (options.onScan) options.onScan(qrcode, status);
    else printQrCode(qrcode, status);
  });
  bot.on("login", (user) => logger.info({ userId: user.id }, "logged in; answering when mentioned"));
  bot.on("logout", (user, reason) => logger.warn({ userId: user.id, reason }, "logged out; waiting for a new login (scan the QR code again)"));
  // Puppets repeat the same failure many times a minute (a dead network, a refused login): one line each, then a summary.
  bot.on("error", (error) => {
    const problem = describePuppetError(error, settings.puppet);
    problems.report(problem.kind, { error: problem.detail }, problem.hint);
  });
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

/**
 * WeChat shows plain text: the answer as composed, split into at most 3 parts; in a room the
 * first part @-mentions the asker, and that mention counts toward the size limit.
 */
function plainTextTransport(sources: WeakMap<IncomingMessage, Message>, settings: BotSettings, messages: BotMessages): ChatTransport {
  return {
    open: (incoming) => ({
      feedbackId: null,
      progress: async () => undefined, // WeChat cannot edit a sent message: only the finished answer is sent
      close: async () => undefined,
      async finish(content) {
        const message = sources.get(incoming);
        if (!message) throw new Error(`no chat message for ${incoming.id}`);
        const text = content.kind === "answer" ? content.answer.answer : content.text;
        const language = content.kind === "answer" ? content.answer.language : content.language;
        const room = message.room();
        const talker = message.talker();
        // The same prefix room.say(text, contact) writes: "@<alias or name> ".
        const prefix = room ? `@${(await room.alias(talker)) || talker.name()} ` : "";
        const parts = splitMessage(prefix + text, {
          maximumCharacters: settings.messageMaximumCharacters,
          maximumBytes: settings.messageMaximumBytes,
          maximumParts: 3,
          continuation: messages.continuation[language],
        });
        for (const [index, part] of parts.entries()) {
          if (!room) await talker.say(part);
          else if (index === 0 && part.startsWith(prefix)) await room.say(part.slice(prefix.length), talker);
          else await room.say(part);
        }
      },
    }),
  };
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
  const talker = message.talker();
  return {
    id: message.id,
    text: isText ? message.text() : "",
    isText,
    isSelf: self,
    sentAt: message.date().getTime(),
    room: room ? { id: room.id, topic: await room.topic() } : null,
    talker: { id: talker.id, name: talker.name() },
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

function loadDefaultCommands(): ReadonlyMap<string, CommandName> {
  const commands = loadCommandWords();
  if (!commands.ok) throw new Error(commands.error);
  return commands.value;
}

function printQrCode(qrcode: string, status: types.ScanStatus): void {
  if (status !== types.ScanStatus.Waiting && status !== types.ScanStatus.Timeout) return;
  qrcodeTerminal.generate(qrcode, { small: true }, (art: string) => process.stderr.write(`${art}\n`));
  process.stderr.write(`Scan to log in, or open: https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}\n`);
}
