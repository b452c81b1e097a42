import { categoriesWithMethod } from "../rules/rules-engine.js";
import { categoryHeading, type CategoryRule } from "../rules/rules-schema.js";
import { fill } from "./answer-templates.js";
import { isAccessSentence, isConditionSentence } from "./citations.js";
import { displayName, groupedNames } from "./compose-lines.js";
import { reviewedCategoriesLine } from "./compose-document-wide.js";
import type { CompositionInput } from "./compose-types.js";

/**
 * The document's categories by access method — those of the asked method only, when one was asked ("哪些能用原生"),
 * and without those the asker set aside ("除了社交直播,还有哪些…"). Asked which categories have a review time, the
 * ones the document gives it for.
 */
export function listLines(input: CompositionInput): string[] {
  const { templates: t, rules, language, citations } = input;
  if (input.aspects.includes("review")) {
    const reviewed = reviewedCategoriesLine(input);
    if (reviewed) return [reviewed];
  }
  const isAccess = isAccessSentence(input.labels);
  const isCondition = isConditionSentence(input.labels);
  const setAside = new Set(input.understanding.roled.filter((mention) => mention.role === "excluded").flatMap((mention) => mention.candidates));
  const shown = (method: "native" | "plugin") => categoriesWithMethod(rules, method).filter((category) => !setAside.has(category.id));
  const lines: string[] = [];
  const asked = input.understanding.aspects.includes("list") ? input.understanding.askedMethod : null;
  if (asked) {
    const matching = shown(asked);
    lines.push(fill(t.line.listHeader, { method: t.method[asked], count: matching.length }));
    lines.push(...groupedNames(matching, t, language));
    for (const category of matching.slice(0, 3)) citations.add(categoryHeading(category), isAccess, 1);
  } else {
    const kept = rules.categories.filter((category) => !setAside.has(category.id));
    lines.push(fill(t.line.listAll, { count: kept.length }));
    for (const method of ["native", "plugin"] as const) {
      const matching = shown(method);
      lines.push(fill(t.line.listMethod, { method: t.method[method], count: matching.length }));
      lines.push(...groupedNames(matching, t, language));
    }
    for (const combination of rules.combinations) citations.add(combination.section, (line) => isAccess(line) || isCondition(line), 2);
  }
  const setAsideCategories = rules.categories.filter((category: CategoryRule) => setAside.has(category.id));
  if (setAsideCategories.length > 0) {
    lines.push(fill(t.line.listWithout, { names: setAsideCategories.map((category) => `「${displayName(category, language)}」`).join(t.line.separator) }));
  }
  citations.add(input.labels.notes, (line) => line.startsWith(input.labels.personalRule), 1);
  lines.push(t.verdict.personal);
  return lines;
}
