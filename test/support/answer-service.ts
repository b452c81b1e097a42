import { cpSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

/**
 * A new cache folder of a test's own, holding the compact copies the run's global setup made: jieba's dictionary
 * (its file name is a hash of the dictionary and the extra words, so it is only read for the same words) and the
 * repository's rules, lexicon and templates (each named by its path and checked against its content hash, so an
 * edited or other file is parsed afresh); with `localIndex`, a copy of the run's local index of the repository's
 * corpus too. For tests that need a cache they may change (edited data files, other embeddings) without paying for
 * what they do not test: reading jieba's whole dictionary text, parsing the unchanged YAML files (about 0.1 s for
 * the lexicon), and building the unchanged corpus's local index.
 */
export function seededCacheDirectory(options: { localIndex?: boolean } = {}): string {
  const shared = inject("testCacheDirectory");
  const directory = mkdtempSync(join(tmpdir(), "seeded-cache-"));
  mkdirSync(join(directory, "compact"));
  for (const name of readdirSync(join(shared, "compact"))) cpSync(join(shared, "compact", name), join(directory, "compact", name));
  if (options.localIndex) cpSync(join(shared, "index"), join(directory, "index"), { recursive: true });
  return directory;
}
