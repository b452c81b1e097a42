import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { z } from "zod";
import { fail, ok, type Result } from "../shared/result.js";

/**
 * The package root (the nearest folder above this module holding package.json), so commands work from any
 * working directory and from the bundle in dist/ alike: corpus/ and prompts/ stay outside the bundle.
 */
export const projectRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, "package.json"))) return folder;
    if (dirname(folder) === folder) return resolve(start, "../..");
  }
}

const path = z.string().trim().min(1);

/** Settings shared by every channel; each is documented in README.md › Settings. */
export const coreSettingsSchema = z.object({
  CORPUS_FILE: path.default("corpus/live-streaming-categories.md"),
  RULES_FILE: path.default("corpus/rules.yaml"),
  LEXICON_FILE: path.default("corpus/lexicon.yaml"),
  GLOSSES_FILE: path.default("corpus/english-glosses.yaml"),
  PROMPTS_DIR: path.default("prompts"),
  CACHE_DIR: path.default(".cache"),
});

export interface CoreSettings {
  readonly corpusFile: string;
  readonly rulesFile: string;
  readonly lexiconFile: string;
  /** English renderings of the document's texts, for English answers. */
  readonly glossesFile: string;
  readonly promptsDirectory: string;
  readonly cacheDirectory: string;
}

/** Reads the environment once, at start-up; errors name the variable and the fix. */
export function readCoreSettings(environment: NodeJS.ProcessEnv): Result<CoreSettings> {
  const parsed = coreSettingsSchema.safeParse(pickDefined(environment, Object.keys(coreSettingsSchema.shape)));
  if (!parsed.success) return fail(formatEnvironmentError(parsed.error));
  const at = (value: string) => (isAbsolute(value) ? value : resolve(projectRoot, value));
  return ok({
    corpusFile: at(parsed.data.CORPUS_FILE),
    rulesFile: at(parsed.data.RULES_FILE),
    lexiconFile: at(parsed.data.LEXICON_FILE),
    glossesFile: at(parsed.data.GLOSSES_FILE),
    promptsDirectory: at(parsed.data.PROMPTS_DIR),
    cacheDirectory: at(parsed.data.CACHE_DIR),
  });
}

/** Empty variables count as unset, as in most shells' `FOO= cmd`. */
export function pickDefined(environment: NodeJS.ProcessEnv, keys: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const key of keys) {
    const value = environment[key];
    if (value !== undefined && value.trim() !== "") picked[key] = value;
  }
  return picked;
}

export function formatEnvironmentError(error: z.ZodError): string {
  return error.issues
    .map((issue) => `environment: ${issue.path.join(".")}: ${issue.message}; fix: correct or unset ${issue.path.join(".")} (see README.md › Settings and .env.example)`)
    .join("\n");
}
