import { inject } from "vitest";
import { createAnswerService, type AnswerService, type CreateAnswerServiceOptions } from "../../src/app/create-answer-service.js";
import { readCoreSettings, type CoreSettings } from "../../src/config/settings.js";

/** The repository's own corpus, rules and prompts, with the index the run's global setup built once. */
export function testSettings(overrides: Partial<CoreSettings> = {}): CoreSettings {
  const settings = readCoreSettings({});
  if (!settings.ok) throw new Error(settings.error);
  return { ...settings.value, cacheDirectory: inject("testCacheDirectory"), ...overrides };
}

export async function createTestAnswerService(options: Partial<CreateAnswerServiceOptions> = {}): Promise<AnswerService> {
  const service = await createAnswerService({ settings: testSettings(), ...options });
  if (!service.ok) throw new Error(service.error);
  return service.value;
}
