import { z } from "zod";
import type { Rules } from "../rules/rules-schema.js";
import { askModel, type LlmPhrasing } from "./phrase-with-model.js";
import { fillPlaceholders } from "../shared/fill-placeholders.js";

export interface CategorySuggestion {
  readonly categories: readonly string[];
  readonly subject: "personal" | "government" | "enterprise" | null;
}

/** The model's structured output: category ids must be the rules' own; anything else fails validation. */
export function suggestionSchema(rules: Rules) {
  const ids = rules.categories.map((category) => category.id) as [string, ...string[]];
  return z
    .object({
      categories: z.array(z.enum(ids)).max(5),
      subject: z.enum(["personal", "government", "enterprise"]).nullable(),
    })
    .strict();
}

/**
 * When the deterministic resolver found nothing, asks the model which categories the
 * question is about. Only a suggestion: the rules still decide the method.
 */
export async function suggestCategories(
  phrasing: LlmPhrasing,
  rules: Rules,
  question: string,
  /** What the document says a category covers (its scope or scenario), for the catalogue. */
  describe: (category: Rules["categories"][number]) => string | null = () => null,
): Promise<CategorySuggestion | null> {
  if (!phrasing.breaker.canTry()) return null;
  const catalogue = rules.categories.map((category) => `${category.id}: ${category.primary} - ${category.secondary} — ${describe(category) ?? category.english}`).join("\n");
  const prompt = fillPlaceholders(phrasing.prompts.understand, { categories: catalogue, question });
  const reply = await askModel(phrasing, [{ role: "user", content: prompt }]);
  if (!reply.ok) return null;
  const json = /\{[\s\S]*\}/.exec(reply.text)?.[0];
  if (!json) return null;
  try {
    const parsed = suggestionSchema(rules).safeParse(JSON.parse(json));
    if (!parsed.success) {
      phrasing.onProblem?.({ kind: "rejected", reason: `structured output invalid: ${parsed.error.issues[0]?.message ?? "schema"}` });
      return null;
    }
    return parsed.data.categories.length > 0 || parsed.data.subject ? parsed.data : null;
  } catch {
    return null;
  }
}
