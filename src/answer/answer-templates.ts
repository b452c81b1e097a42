import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { formatValidationError } from "../config/format-validation-error.js";
import { fail, ok, type Result } from "../shared/result.js";
import type { Language } from "../understanding/understand-question.js";

const text = z.string().min(1);
const group = <Keys extends string>(keys: readonly Keys[]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, text])) as Record<Keys, typeof text>).strict();

export const answerTemplatesSchema = z
  .object({
    method: group(["native", "plugin", "unsupported", "unknown"]),
    verdict: group([
      "native", "plugin", "group", "several", "combination", "personal", "government",
      "unlisted", "ambiguous", "alternatives", "noCategory", "outOfCorpus", "general",
    ]),
    line: group([
      "option", "category", "condition", "alsoListed", "suggestion", "noSuggestion",
      "qualificationRule", "qualificationItems", "qualificationGroup", "qualificationMissing", "qualificationEmpty",
      "qualificationSlash", "qualificationAbsent", "review", "reviewNone", "scope", "scopeNone", "scenario",
      "scenarioNone", "notes", "notesNone", "chooseHint", "unknownTopic", "listHeader", "listAll", "listGroup",
      "injection", "truncated", "typo", "more", "understoodAs", "formerName", "formerNameNone", "and", "nativeCategoriesHelp", "inherited", "claim",
    ]),
    sources: group(["header", "citation", "more"]),
    help: text,
  })
  .strict();

export type AnswerTemplates = z.infer<typeof answerTemplatesSchema>;
export type TemplatesByLanguage = Record<Language, AnswerTemplates>;

export async function loadAnswerTemplates(directory: string): Promise<Result<TemplatesByLanguage>> {
  const loaded: Partial<TemplatesByLanguage> = {};
  for (const language of ["zh", "en"] as const) {
    const file = join(directory, `answer-templates.${language}.yaml`);
    let data: unknown;
    try {
      data = parse(await readFile(file, "utf8"));
    } catch (error) {
      return fail(`${file}: (root): cannot read or parse (${(error as Error).message.split("\n")[0]}); fix: restore the file from git`);
    }
    const parsed = answerTemplatesSchema.safeParse(data);
    if (!parsed.success) return fail(formatValidationError(file, parsed.error, "every key of answer-templates.zh.yaml must exist in each language"));
    loaded[language] = parsed.data;
  }
  return ok(loaded as TemplatesByLanguage);
}

/** The answer composers' name for the one placeholder filler. */
export { fillPlaceholders as fill } from "../shared/fill-placeholders.js";
