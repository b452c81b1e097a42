import { readCoreSettings } from "../config/settings.js";
import { readProviderSettings } from "../providers/provider-settings.js";
import type { Clock } from "../shared/clock.js";
import { createRedactor, secretsOfUrl } from "../config/redact-secrets.js";
import { fail, type Result } from "../shared/result.js";
import { createAnswerService, type AnswerService } from "./create-answer-service.js";

export interface FromEnvironmentOptions {
  readonly rebuildIndex?: boolean;
  readonly onProgress?: (message: string) => void;
  readonly onLlmProblem?: (problem: { kind: "rejected" | "error"; reason: string }) => void;
  readonly clock?: Clock;
  /** Forces LLM phrasing off even when configured (the default test and eval runs). */
  readonly withoutLlm?: boolean;
}

/** Reads every setting once and builds the answer service with the configured providers. */
export async function createAnswerServiceFromEnvironment(environment: NodeJS.ProcessEnv, options: FromEnvironmentOptions = {}): Promise<Result<AnswerService>> {
  const core = readCoreSettings(environment);
  if (!core.ok) return core;
  const providers = readProviderSettings(environment);
  if (!providers.ok) return fail(providers.error);
  const { chat, embeddings } = providers.value;
  // Keys and credentials written into base URLs never reach a log line or an error message.
  const redact = createRedactor([chat?.apiKey, embeddings?.apiKey, ...secretsOfUrl(chat?.baseUrl), ...secretsOfUrl(embeddings?.baseUrl)]);
  const { onProgress: report, onLlmProblem: reportProblem } = options;
  const onProgress = report && ((message: string) => report(redact(message)));
  const onLlmProblem = reportProblem && ((problem: { kind: "rejected" | "error"; reason: string }) => reportProblem({ ...problem, reason: redact(problem.reason) }));
  if (chat && !options.withoutLlm) onProgress?.(`Answers are phrased by ${chat.provider}:${chat.model} at ${chat.baseUrl}; verdicts still come from the rules.`);
  const model = chat && !options.withoutLlm ? (await import("../providers/langchain-chat-model.js")).createChatModel(chat) : null;
  const service = await createAnswerService({
    settings: core.value,
    clock: options.clock,
    rebuildIndex: options.rebuildIndex,
    onProgress,
    // Provider SDKs are imported only when a provider is set: the offline path never loads them.
    ...(embeddings ? { embeddings: async () => (await import("../providers/provider-embeddings.js")).createProviderEmbeddings(embeddings) } : {}),
    ...(chat && model
      ? {
          llm: {
            model,
            timeoutMs: chat.timeoutMs,
            failureThreshold: chat.failureThreshold,
            cooldownMs: chat.cooldownMs,
            onProblem: onLlmProblem,
          },
        }
      : {}),
  });
  return service.ok ? service : fail(redact(service.error));
}
