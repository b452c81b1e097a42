import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { readValidatedYaml } from "../config/read-validated-yaml.js";
import { fail, ok, type Result } from "../shared/result.js";
import type { Language } from "../understanding/understand-question.js";

const turnLine = z.string().min(1).refine((line) => line.includes("{text}"), "needs the {text} placeholder");
const historyWording = z.object({ none: z.string().min(1), userLine: turnLine, assistantLine: turnLine }).strict();
export const llmHistorySchema = z.object({ zh: historyWording, en: historyWording }).strict();
export type LlmHistoryWording = z.infer<typeof historyWording>;

export interface LlmPrompts {
  readonly system: Record<Language, string>;
  readonly answer: Record<Language, string>;
  readonly understand: string;
  /** How empty values and earlier turns are written into the answer prompt (prompts/llm-history.yaml). */
  readonly history: Record<Language, LlmHistoryWording>;
}

const required: Record<string, readonly string[]> = {
  "llm-system.zh.md": [],
  "llm-system.en.md": [],
  "llm-answer.zh.md": ["{verdict}", "{facts}", "{passages}", "{history}", "{question}"],
  "llm-answer.en.md": ["{verdict}", "{facts}", "{passages}", "{history}", "{question}"],
  "llm-understand.md": ["{categories}", "{question}"],
};

/** Loads the model prompts; a missing file or placeholder is named with its fix. */
export async function loadLlmPrompts(directory: string): Promise<Result<LlmPrompts>> {
  const texts: Record<string, string> = {};
  for (const [name, placeholders] of Object.entries(required)) {
    const file = join(directory, name);
    try {
      texts[name] = await readFile(file, "utf8");
    } catch {
      return fail(`${file}: missing; fix: restore it from git (the LLM prompts live in PROMPTS_DIR)`);
    }
    for (const placeholder of placeholders) {
      if (!texts[name]!.includes(placeholder)) return fail(`${file}: placeholder ${placeholder} is missing; fix: put it back where the value belongs`);
    }
  }
  const history = readValidatedYaml(join(directory, "llm-history.yaml"), llmHistorySchema, "zh and en each need none, userLine and assistantLine (with {text})");
  if (!history.ok) return history;
  return ok({
    history: history.value,
    system: { zh: texts["llm-system.zh.md"]!, en: texts["llm-system.en.md"]! },
    answer: { zh: texts["llm-answer.zh.md"]!, en: texts["llm-answer.en.md"]! },
    understand: texts["llm-understand.md"]!,
  });
}

