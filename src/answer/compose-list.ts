import { categoriesWithMethod } from "../rules/rules-engine.js";
import { categoryHeading, type CategoryRule } from "../rules/rules-schema.js";
import { fill } from "./answer-templates.js";
import { isAccessSentence, isConditionSentence } from "./citations.js";
import { citeReview } from "./compose-aspects.js";
import { displayName, groupedNames } from "./compose-lines.js";
import type { CompositionInput } from "./compose-types.js";

/**
 * "提审要多久", "哪些类目审核要7天": the document gives a review time for few categories; the line says which, and
 * cites each. Null when it gives several different ones (then a category is needed to answer).
 */
export function reviewedCategoriesLine(input: CompositionInput): string | null {
  const { templates: t, rules, language } = input;
  const reviewed = rules.categories.filter((category) => input.fields(category).review);
  const texts = [...new Set(reviewed.map((category) => input.fields(category).review!))];
  if (texts.length !== 1) return null;
  for (const category of reviewed) citeReview(categoryHeading(category), input);
  return fill(t.line.reviewOnly, { reviewed: reviewed.map((category) => `「${displayName(category, language)}」`).join(t.line.separator), text: texts[0]! });
}

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

/**
 * A government mini program asked about qualifications, review time, scope…, with no category named: the document
 * says nothing of the subject's own there, and the review time it gives is one category's.
 */
export function subjectAspectLines(input: CompositionInput): string[] {
  const { templates: t } = input;
  const asked = input.aspects.filter((aspect): aspect is keyof typeof t.aspect => aspect in t.aspect);
  if (asked.length === 0) return [];
  const line = fill(t.line.subjectAspectNone, { aspects: asked.map((aspect) => t.aspect[aspect]).join(t.line.separator) });
  input.record.absent.push({ line, heading: null, words: [] });
  const reviewed = asked.includes("review") ? reviewedCategoriesLine(input) : null;
  return reviewed ? [line, reviewed] : [line];
}
