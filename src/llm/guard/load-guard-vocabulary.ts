import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { formatValidationError } from "../../config/format-validation-error.js";
import { projectRoot } from "../../config/settings.js";
import { guardLexiconSchema } from "../../lexicon/guard-lexicon-schema.js";
import { lexiconSchema, type LexiconData } from "../../lexicon/lexicon-schema.js";
import type { Rules } from "../../rules/rules-schema.js";
import { fail, ok, type Result } from "../../shared/result.js";
import { ModelTextGuard } from "../llm-guard.js";
import { buildGuardVocabulary, type GuardVocabulary } from "./guard-vocabulary.js";

const fix = "see the guard section at the end of corpus/lexicon.yaml and src/lexicon/guard-lexicon-schema.ts";

/**
 * Validates the lexicon's `guard:`, `methods:` and `corpusLabels:` sections (the only ones the guard reads) and
 * compiles them with the rules' names. Other sections are the lexicon loader's business.
 */
export function compileGuardVocabulary(lexicon: unknown, file: string, rules: Rules): Result<GuardVocabulary> {
  const sections = (lexicon ?? {}) as Record<string, unknown>;
  const guard = guardLexiconSchema.safeParse(sections.guard);
  if (!guard.success) return fail(formatValidationError(file, prefixed(guard.error, "guard"), fix));
  const methods = lexiconSchema.shape.methods.safeParse(sections.methods);
  if (!methods.success) return fail(formatValidationError(file, prefixed(methods.error, "methods"), fix));
  const labels = lexiconSchema.shape.corpusLabels.safeParse(sections.corpusLabels);
  if (!labels.success) return fail(formatValidationError(file, prefixed(labels.error, "corpusLabels"), "see corpusLabels in corpus/lexicon.yaml"));
  return ok(buildGuardVocabulary(guard.data, methods.data, rules, labels.data.notes));
}

/** Reads corpus/lexicon.yaml (or another lexicon file) for the guard; errors name the file, the path and the fix. */
export function loadGuardVocabulary(file: string, rules: Rules): Result<GuardVocabulary> {
  let data: unknown;
  try {
    data = parse(readFileSync(file, "utf8"));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (error as Error).message.split("\n")[0];
    return fail(`${file}: (root): cannot read or parse (${reason}); fix: restore corpus/lexicon.yaml from git`);
  }
  return compileGuardVocabulary(data, file, rules);
}

/** Paths in the messages start at the section, as in the file ("guard.negation.zh"). */
function prefixed<Error extends { issues: Array<{ path: Array<string | number> }> }>(error: Error, section: string): Error {
  for (const issue of error.issues) issue.path.unshift(section);
  return error;
}

/** Where the lexicon lives unless the caller says otherwise. */
export const defaultLexiconFile = join(projectRoot, "corpus", "lexicon.yaml");

/** The guard for one corpus: its vocabulary from the lexicon and the rules, and the corpus sections it may quote. */
export function loadModelTextGuard(
  rules: Rules,
  sections: ReadonlyArray<{ readonly heading: string; readonly lines: readonly string[] }>,
  lexiconFile: string = defaultLexiconFile,
): Result<ModelTextGuard> {
  const vocabulary = loadGuardVocabulary(lexiconFile, rules);
  return vocabulary.ok ? ok(new ModelTextGuard(vocabulary.value, sections)) : vocabulary;
}

/**
 * The guard from a lexicon the caller already read and validated (its `guard:` and `methods:` sections are part
 * of the lexicon's schema), so the answer service does not parse the lexicon's YAML a second time.
 */
export function modelTextGuardOf(lexicon: LexiconData, rules: Rules, sections: ReadonlyArray<{ readonly heading: string; readonly lines: readonly string[] }>): ModelTextGuard {
  return new ModelTextGuard(buildGuardVocabulary(lexicon.guard, lexicon.methods, rules, lexicon.corpusLabels.notes), sections);
}
