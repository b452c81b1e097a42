import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { pino, type Logger } from "pino";
import pretty from "pino-pretty";
import * as PUPPET from "wechaty-puppet";
import { createAnswerServiceFromEnvironment } from "../app/create-answer-service-from-environment.js";
import { readCoreSettings } from "../config/settings.js";
import { loadBotMessages } from "../channels/group-chat/bot-messages.js";
import { readBotSettings, type BotSettings } from "../channels/group-chat/bot-settings.js";
import { createWechatyBot, handlerOf } from "../channels/wechaty.js";
import { finishParse, parseCommandArguments } from "./command-arguments.js";
import { botCommand } from "./command-specs.js";
import { exitWithError } from "./run-command.js";

const shutdownGraceMs = 10_000;

function createLogger(settings: BotSettings): Logger {
  const readable = settings.logFormat === "pretty" || (settings.logFormat === "auto" && Boolean(process.stdout.isTTY));
  // No secrets are logged: tokens never enter log objects.
  return readable
    ? pino({ level: settings.logLevel }, pretty({ colorize: Boolean(process.stdout.isTTY), translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname" }))
    : pino({ level: settings.logLevel });
}

/** `live-category-bot bot`: runs until SIGINT/SIGTERM. */
export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCommandArguments(botCommand, argv);
  if (!parsed.ok) return finishParse(parsed);
  const core = readCoreSettings(process.env);
  if (!core.ok) exitWithError(core.error);
  const settings = readBotSettings(process.env);
  if (!settings.ok) exitWithError(settings.error);
  const logger = createLogger(settings.value);
  process.on("unhandledRejection", (reason) => logger.error({ error: reason instanceof Error ? reason.message : String(reason) }, "unhandled rejection"));

  const messages = loadBotMessages(core.value.promptsDirectory);
  if (!messages.ok) exitWithError(messages.error);
  const service = await createAnswerServiceFromEnvironment(process.env, {
    onProgress: (message) => logger.info(message),
    onLlmProblem: (problem) => logger.warn({ kind: problem.kind, reason: problem.reason }, "model answer not used; the template answer was sent"),
  });
  if (!service.ok) exitWithError(service.error);

  let puppet: PUPPET.impls.PuppetInterface;
  try {
    puppet = await PUPPET.helpers.resolvePuppet({
      puppet: settings.value.puppet as never,
      puppetOptions: settings.value.puppetToken ? { token: settings.value.puppetToken } : {},
    });
  } catch (error) {
    exitWithError(`environment: WECHATY_PUPPET: cannot load "${settings.value.puppet}" (${(error as Error).message.split("\n")[0]}); fix: install it with npm or choose another puppet (README.md › WeChat / WeCom group bot)`);
  }

  const sessionDirectory = join(core.value.cacheDirectory, "wechaty");
  await mkdir(sessionDirectory, { recursive: true });
  const bot = createWechatyBot({
    puppet,
    core: service.value.answer,
    settings: settings.value,
    messages: messages.value,
    logger,
    sessionFile: join(sessionDirectory, settings.value.sessionName),
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: finishing queued answers");
    await Promise.race([handlerOf(bot).idle(), new Promise((resolve) => setTimeout(resolve, shutdownGraceMs).unref())]);
    await bot.stop();
    logger.info("stopped");
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(signal));

  await bot.start();
  logger.info({ puppet: settings.value.puppet, keywords: settings.value.keywords }, "bot started; waiting for login");
  return new Promise<never>(() => undefined); // runs until a signal stops it
}
