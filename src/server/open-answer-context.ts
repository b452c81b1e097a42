import type { Logger } from "pino";
import { openReloadableAnswerService } from "../app/open-reloadable-answer-service.js";
import type { ReloadableAnswerService, ReloadOutcome } from "../app/reloadable-answer-service.js";
import type { ConversationRepository } from "../conversation/conversation-repository.js";
import { MemoryConversationRepository } from "../conversation/memory-conversation-repository.js";
import { RedisConversationRepository } from "../conversation/redis-conversation-repository.js";
import { JsonlQaLog } from "../qa-log/jsonl-qa-log.js";
import { noQaLog, type QaLog } from "../qa-log/qa-log.js";
import { systemClock } from "../shared/clock.js";
import { fail, ok, type Result } from "../shared/result.js";
import type { AnswerSessionDependencies } from "./answer-session.js";
import type { ServerSettings } from "./server-settings.js";
import { ServerMetrics } from "./server-metrics.js";
import { loadMcpToolTexts, type McpToolTexts } from "./mcp-tool-texts.js";
import { readCoreSettings } from "../config/settings.js";

export interface AnswerContext extends AnswerSessionDependencies {
  readonly answers: ReloadableAnswerService;
  /** What MCP clients read about the tools (prompts/mcp-tools.yaml). */
  readonly mcpTools: McpToolTexts;
  close(): Promise<void>;
}

/**
 * The composition root of `serve` and `mcp`: the reloadable answer service over the data files,
 * the conversation repository the settings choose, the Q&A log and the metrics.
 */
export async function openAnswerContext(environment: NodeJS.ProcessEnv, settings: ServerSettings, logger: Logger): Promise<Result<AnswerContext>> {
  const core = readCoreSettings(environment);
  if (!core.ok) return core;
  const mcpTools = loadMcpToolTexts(core.value.promptsDirectory);
  if (!mcpTools.ok) return mcpTools;
  const reportReload = (outcome: ReloadOutcome) => {
    if (outcome.ok) logger.info({ version: outcome.version.id, changed: outcome.changed }, "reloaded: the new version is live");
    else logger.error({ error: outcome.error, live: outcome.live.id, changed: outcome.changed }, "reload refused; the running version keeps answering");
    // The tools' texts are read once, at start (clients list the tools when they connect); an edit that would
    // stop the next start is reported now rather than then.
    const edited = loadMcpToolTexts(core.value.promptsDirectory);
    if (!edited.ok) logger.error({ error: edited.error }, "prompts/mcp-tools.yaml is invalid; MCP keeps the tool texts it started with, and the next start will fail until it is fixed");
  };
  const answers = await openReloadableAnswerService(environment, {
    onProgress: (message) => logger.info(message),
    onLlmProblem: (problem) => logger.warn({ kind: problem.kind, reason: problem.reason }, "model answer not used; the template answer was sent"),
    watch: settings.hotReload,
    debounceMs: settings.reloadDebounceMs,
    onReload: reportReload,
  });
  if (!answers.ok) return answers;

  let conversations: ConversationRepository;
  if (settings.redisUrl) {
    const redis = await RedisConversationRepository.connect({
      url: settings.redisUrl,
      timeToLiveSeconds: settings.conversationTimeToLiveSeconds,
      keyPrefix: settings.redisKeyPrefix,
      onError: (message) => logger.warn(message),
    });
    if (!redis.ok) {
      answers.value.close();
      return fail(redis.error);
    }
    conversations = redis.value;
  } else {
    conversations = new MemoryConversationRepository({ clock: systemClock, timeToLiveMs: settings.conversationTimeToLiveSeconds * 1000, maximumEntries: settings.conversationMaximum });
  }

  const { file, salt } = settings.qaLog;
  const qaLog: QaLog =
    file && salt
      ? new JsonlQaLog({ file, salt, maximumBytes: settings.qaLog.maximumBytes, keptFiles: settings.qaLog.keptFiles, onError: (message) => logger.warn(message) })
      : noQaLog;

  return ok({
    answers: answers.value,
    mcpTools: mcpTools.value,
    conversations,
    qaLog,
    metrics: new ServerMetrics(),
    clock: systemClock,
    logger,
    close: async () => {
      answers.value.close();
      await qaLog.close();
      await conversations.close();
    },
  });
}
