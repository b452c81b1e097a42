import { categoryHeading } from "../rules/rules-schema.js";
import { namesAnyOf } from "./notes-naming.js";
import { fill } from "./answer-templates.js";
import { adviceNotesLine, displayName } from "./compose-lines.js";
import type { CompositionInput } from "./compose-types.js";

/**
 * "你确定?不是证券/期货吗" after 证券、期货投资咨询: the asker disputes the answer with another category. Where a note of
 * that category names the one answered ("若小程序仅提供证券、期货投资等在线咨询服务,建议选…"), it is the document's own word
 * between the two: its line, cited.
 */
export function disputedAdviceLines(input: CompositionInput): string[] {
  const { understanding, verdict, rules } = input;
  if (!understanding.pushback || verdict.kind !== "categories" || verdict.categories.length === 0) return [];
  const answered = new Set(verdict.categories.map((category) => category.id));
  const namesAnswered = namesAnyOf(verdict.categories);
  const disputed = new Set(
    understanding.roled.filter((mention) => mention.candidates.length === 1 && !answered.has(mention.candidates[0]!)).map((mention) => mention.candidates[0]!),
  );
  const lines: string[] = [];
  for (const category of rules.categories) {
    if (!disputed.has(category.id)) continue;
    const advice = input.fields(category).notes.filter(namesAnswered);
    if (advice.length === 0) continue;
    lines.push(adviceNotesLine(category, advice, input));
  }
  return lines;
}

/**
 * "为什么不是电商平台?" after 宠物直播 was answered 社交-直播: what the document gives to tell the two apart — the live-streaming
 * scenario of the category answered and of the one asked about, and the latter's scope, each quoted. The document
 * states no reasons; these lines are what it does say of each (the no-reason line follows them unless one of them
 * gives a reason of its own, as 社交-直播's review does).
 */
export function disputedBasisLines(input: CompositionInput): string[] {
  const { understanding, verdict, rules, templates: t, citations, labels } = input;
  if (!understanding.asksWhy || !understanding.putsInDoubt || verdict.kind !== "categories" || verdict.categories.length === 0) return [];
  const answered = new Set(verdict.categories.map((category) => category.id));
  const disputed = rules.categories.filter((category) =>
    understanding.roled.some((mention) => mention.candidates.length === 1 && mention.candidates[0] === category.id && !answered.has(category.id)),
  );
  if (disputed.length === 0) return [];
  const lines: string[] = [];
  const quote = (category: (typeof disputed)[number], withScope: boolean) => {
    const { scenario, scope } = input.fields(category);
    const label = displayName(category, input.language);
    if (scenario) {
      lines.push(fill(t.line.scenario, { category: label, text: input.documentText(scenario) }));
      citations.add(categoryHeading(category), (line) => line.startsWith(labels.scenario), 1);
    }
    if (withScope && scope && scope !== scenario) {
      lines.push(fill(t.line.scope, { category: label, text: input.documentText(scope) }));
      citations.add(categoryHeading(category), (line) => line.startsWith(labels.scope), 1);
    }
  };
  for (const category of verdict.categories) quote(category, false);
  for (const category of disputed) quote(category, true);
  return lines;
}
