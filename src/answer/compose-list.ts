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
  // By an attribute only when no method is asked: "which are not allowed to use live-player" asks by method.
  const byAttribute = input.understanding.askedMethod === null ? listByAttribute(input) : null;
  if (byAttribute) return byAttribute;
  const isAccess = isAccessSentence(input.labels);
  const isCondition = isConditionSentence(input.labels);
  const setAside = new Set(input.understanding.roled.filter((mention) => mention.role === "excluded").flatMap((mention) => mention.candidates));
  const shown = (method: "native" | "plugin") => categoriesWithMethod(rules, method).filter((category) => !setAside.has(category.id));
  const lines: string[] = [];
  const named = input.understanding.aspects.includes("list") ? input.understanding.askedMethod : null;
  // "哪些类目不能用原生组件": the categories of the other method.
  const notUsed = named !== null && input.understanding.asksMethodNotUsed;
  const asked = named === null ? null : notUsed ? otherMethod(named) : named;
  if (asked) {
    const matching = shown(asked);
    lines.push(notUsed ? fill(t.line.listNotHeader, { method: t.method[named!], other: t.method[asked], count: matching.length }) : fill(t.line.listHeader, { method: t.method[asked], count: matching.length }));
    lines.push(...groupedNames(matching, t, language));
    for (const category of matching.slice(0, 3)) citations.add(categoryHeading(category), isAccess, 1);
    // Where holding more changes a listed category's method (电商平台 with 社交-直播), the list says so.
    for (const combination of rules.combinations) {
      const listed = matching.filter((category) => combination.when.includes(category.id) && combination.method !== category.method);
      const others = rules.categories.filter((category) => combination.when.includes(category.id) && !listed.includes(category));
      for (const category of listed) {
        lines.push(fill(t.line.listCondition, { category: `「${displayName(category, language)}」`, others: others.map((other) => `「${displayName(other, language)}」`).join(t.line.separator), method: t.method[combination.method] }));
        citations.add(combination.section, isCondition, 1);
      }
    }
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

function otherMethod(method: "native" | "plugin"): "native" | "plugin" {
  return method === "native" ? "plugin" : "native";
}

/**
 * "哪些类目是3选1", "哪些需要同时提供": the categories whose qualification count is the one asked; "哪些类目有注意事项":
 * those the document gives that row for. Null when the list is not asked by such an attribute.
 */
function listByAttribute(input: CompositionInput): string[] | null {
  const { templates: t, rules, language, citations, labels } = input;
  const count = input.understanding.askedQualificationCount;
  if (count) {
    const matching = rules.categories.filter((category) => {
      const qualification = category.qualification;
      if (!qualification?.rule) return false;
      return count.kind === "all" ? qualification.of === undefined && qualification.rule !== "/" : qualification.of === count.of && qualification.choose === count.choose;
    });
    if (matching.length === 0) return [fill(t.line.listQualificationNone, { rule: count.written })];
    for (const category of matching.slice(0, 3)) citations.add(categoryHeading(category), (line) => line.startsWith(labels.qualification), 1);
    return [fill(t.line.listQualification, { rule: count.written, count: matching.length }), ...groupedNames(matching, t, language), t.line.qualificationMissing];
  }
  if (input.aspects.includes("qualification")) {
    // "哪些类目资质要求几选一": each count as the document writes it, with its categories.
    const byRule = new Map<string, string[]>();
    for (const category of rules.categories) {
      const rule = category.qualification?.rule;
      if (rule) byRule.set(rule, [...(byRule.get(rule) ?? []), `「${displayName(category, language)}」`]);
    }
    const lines = [t.line.listQualificationAll];
    byRule.forEach((names, rule) => lines.push(fill(t.line.listGroup, { group: rule, categories: names.join(t.line.separator) })));
    return [...lines, t.line.qualificationMissing];
  }
  const aspect = (["notes", "scope", "scenario"] as const).find((candidate) => input.aspects.includes(candidate));
  if (!aspect) return null;
  const matching = rules.categories.filter((category) => (aspect === "notes" ? input.fields(category).notes.length > 0 : Boolean(input.fields(category)[aspect])));
  const label = labels[aspect];
  for (const category of matching.slice(0, 3)) citations.add(categoryHeading(category), (line) => line.startsWith(label), 1);
  return [fill(t.line.listAspect, { aspect: t.aspect[aspect], count: matching.length }), ...groupedNames(matching, t, language)];
}
