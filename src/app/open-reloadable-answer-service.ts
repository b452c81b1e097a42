import { readCoreSettings } from "../config/settings.js";
import type { Result } from "../shared/result.js";
import { createAnswerServiceFromEnvironment, type FromEnvironmentOptions } from "./create-answer-service-from-environment.js";
import { ReloadableAnswerService, type ReloadOutcome } from "./reloadable-answer-service.js";

export interface OpenReloadableOptions extends Pick<FromEnvironmentOptions, "onProgress" | "onLlmProblem" | "withoutLlm"> {
  /** Watch the files (HOT_RELOAD); without it the service still reloads when `reload()` is called. */
  readonly watch: boolean;
  readonly debounceMs: number;
  readonly onReload?: (outcome: ReloadOutcome) => void;
}

/**
 * The answer service from the environment, rebuilt whenever the corpus, rules, lexicon or prompt
 * files change. Any channel can take it where it took an AnswerService's `answer`.
 */
export async function openReloadableAnswerService(environment: NodeJS.ProcessEnv, options: OpenReloadableOptions): Promise<Result<ReloadableAnswerService>> {
  const core = readCoreSettings(environment);
  if (!core.ok) return core;
  return ReloadableAnswerService.start({
    build: () => createAnswerServiceFromEnvironment(environment, { onProgress: options.onProgress, onLlmProblem: options.onLlmProblem, withoutLlm: options.withoutLlm }),
    watched: {
      files: [core.value.corpusFile, core.value.rulesFile, core.value.lexiconFile, core.value.glossesFile],
      directories: [core.value.promptsDirectory],
    },
    debounceMs: options.debounceMs,
    watch: options.watch,
    onReload: options.onReload,
  });
}
