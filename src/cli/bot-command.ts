import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { pino, type Logger } from "pino";
import pretty from "pino-pretty";
import { openReloadableAnswerService } from "../app/open-reloadable-answer-service.js";
import { readCoreSettings } from "../config/settings.js";
import { JsonlQaLog } from "../qa-log/jsonl-qa-log.js";
import { readQaLogSettings } from "../qa-log/qa-log-settings.js";
import { loadBotMessages } from "../channels/group-chat/bot-messages.js";
import { readBotSettings, type BotSettings } from "../channels/group-chat/bot-settings.js";
import { channelGuide } from "../channels/group-chat/channel-guide.js";
import { within, systemTimers } from "../channels/group-chat/timers.js";
import { ProblemSummary } from "../channels/group-chat/problem-summary.js";
import { finishParse, parseCommandArguments } from "./command-arguments.js";
import { botCommand } from "./command-specs.js";
import { exitWithError, runIfMain } from "./run-command.js";

function createLogger(settings: BotSettings): Logger {
  const readable = settings.logFormat === "pretty" || (settings.logFormat === "auto" && Boolean(process.stdout.isTTY));
  // No secrets are logged: tokens and the WeCom secret never enter log objects.
  return readable
    ? pino({ level: settings.logLevel }, pretty({ colorize: Boolean(process.stdout.isTTY), translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname" }))
    : pino({ level: settings.logLevel });
}

/** `live-category-bot bot`: runs the channel BOT_CHANNEL names until SIGINT/SIGTERM or a stop reason. */
export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCommandArguments(botCommand, argv);
  if (!parsed.ok) return finishParse(parsed);
  const bot = readBotSettings(process.env);
  if (!bot.ok) exitWithError(bot.error);
  const settings = bot.value;
  if (settings.channel === null) exitWithError(channelGuide, 2);
  const core = readCoreSettings(process.env);
  if (!core.ok) exitWithError(core.error);
  const qaLogSettings = readQaLogSettings(process.env);
  if (!qaLogSettings.ok) exitWithError(qaLogSettings.error);
  const logger = createLogger(settings);
  // A supervisor (Docker, systemd, pm2) restarts the bot; a half-broken process would not answer.
  process.on("uncaughtException", (error) => {
    logger.fatal({ error: error.message }, "unexpected error; exiting so a supervisor can restart the bot");
    process.exit(1);
  });
  // Puppet libraries reject promises nobody awaits, repeatedly: one line each, then at most one a minute.
  const rejections = new ProblemSummary(logger, systemTimers);
  process.on("unhandledRejection", (reason) => rejections.report(reason instanceof Error ? reason.message : String(reason), { error: reason instanceof Error ? reason.message : String(reason) }, "unhandled rejection in a library; the bot keeps running"));

  const messages = loadBotMessages(core.value.promptsDirectory);
  if (!messages.ok) exitWithError(messages.error);
  // The same hot reload as the answer service: a valid change to the data files is swapped in, a broken one refused.
  const service = await openReloadableAnswerService(process.env, {
    watch: settings.hotReload,
    debounceMs: settings.reloadDebounceMs,
    onProgress: (message) => logger.info(message),
    onLlmProblem: (problem) => logger.warn({ kind: problem.kind, reason: problem.reason }, "model answer not used; the template answer was sent"),
    onReload: (outcome) =>
      outcome.ok
        ? logger.info({ version: outcome.version.id }, "data files changed: the new version answers now")
        : logger.warn({ version: outcome.live.id, error: outcome.error }, "data files changed but are invalid: the running version keeps answering"),
  });
  if (!service.ok) exitWithError(service.error);
  const { file: qaLogFile, salt, maximumBytes, keptFiles } = qaLogSettings.value;
  const qaLog = qaLogFile && salt ? new JsonlQaLog({ file: qaLogFile, salt, maximumBytes, keptFiles, onError: (message) => logger.warn(message) }) : undefined;
  const shared = { core: service.value.answer, settings, messages: messages.value, commands: service.value.live.service.lexicon.commands, logger, ...(qaLog ? { qaLog } : {}) };

  let stopping = false;
  const onSignals = (stop: (signal: string) => Promise<number>) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.on(signal, () => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal, graceSeconds: settings.shutdownGraceMs / 1000 }, "stopping: finishing queued answers");
        void stop(signal).then(async (code) => {
          service.value.close();
          await qaLog?.close();
          logger.info("stopped");
          process.exit(code);
        });
      });
    }
  };

  if (settings.channel === "wecom") {
    // Each channel's libraries load in its own branch: the guide, a settings error or the other channel never pay for them.
    const { createWecomBot } = await import("../channels/wecom/wecom-bot.js");
    const wecom = createWecomBot({ ...shared, wecom: settings.wecom! });
    onSignals(async () => {
      await wecom.stop();
      return 0;
    });
    logger.info({ botId: settings.wecom!.botId, endpoint: settings.wecom!.wsUrl ?? "wss://openws.work.weixin.qq.com" }, "connecting to WeCom");
    const started = await wecom.start();
    const reason = started.kind === "online" ? await wecom.stopped : started;
    if (stopping) return new Promise<never>(() => undefined); // the signal handler exits
    service.value.close();
    await qaLog?.close();
    if (reason.kind === "bad-credentials" || reason.kind === "gave-up") exitWithError(reason.message, 1);
    // Taken over by another instance: exit 0, so `Restart=on-failure` supervisors do not start a kicking match.
    return 0;
  }

  const [{ log: wechatyLog }, PUPPET, { createWechatyBot, handlerOf }, { describePuppetError, summariseConsoleErrors }, { openSessionCard }] = await Promise.all([
    import("wechaty"),
    import("wechaty-puppet"),
    import("../channels/wechaty.js"),
    import("../channels/wechaty-puppet-errors.js"),
    import("../channels/wechaty-session-card.js"),
  ]);
  // wechaty: its own loggers print every puppet error with stack traces; the bot logs them summarised instead.
  if (!["debug", "trace"].includes(settings.logLevel)) {
    wechatyLog.level("silent");
    process.env["BROLOG_LEVEL"] ??= "silent"; // the copies of brolog that puppet libraries load later read it
    summariseConsoleErrors(new ProblemSummary(logger, systemTimers), settings.puppet);
  }
  let puppet: import("wechaty-puppet").impls.PuppetInterface;
  try {
    puppet = await PUPPET.helpers.resolvePuppet({
      puppet: settings.puppet as never,
      puppetOptions: settings.puppetToken ? { token: settings.puppetToken, ...(settings.puppetEndpoint ? { endpoint: settings.puppetEndpoint } : {}) } : {},
    });
  } catch (error) {
    exitWithError(`environment: WECHATY_PUPPET: cannot load "${settings.puppet}" (${describePuppetError(error).detail}); fix: install it with npm or choose another puppet (README.md › Deploy)`);
  }
  const sessionDirectory = join(core.value.cacheDirectory, "wechaty");
  await mkdir(sessionDirectory, { recursive: true });
  const memory = await openSessionCard(join(sessionDirectory, settings.sessionName), logger);
  const wechaty = createWechatyBot({ ...shared, puppet, memory });
  onSignals(async () => {
    await handlerOf(wechaty).shutdown();
    // A puppet that hangs on stop must not keep the process alive past the grace period.
    await within(wechaty.stop(), settings.shutdownGraceMs, systemTimers).catch(() => undefined);
    // Saves queue one after another: this one ends after any the puppet started while stopping.
    await within(memory.save(), settings.shutdownGraceMs, systemTimers).catch(() => undefined);
    return 0;
  });
  try {
    await wechaty.start();
  } catch (error) {
    const problem = describePuppetError(error);
    exitWithError(`wechaty: cannot start ${settings.puppet} (${problem.detail}); fix: ${problem.hint}`);
  }
  logger.info({ puppet: settings.puppet, keywords: settings.keywords }, "bot started; waiting for login");
  return new Promise<never>(() => undefined); // runs until a signal stops it
}

runIfMain(import.meta.url, main);
