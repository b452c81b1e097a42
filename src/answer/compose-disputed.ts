import { categoryHeading } from "../rules/rules-schema.js";
import { compactForMatching } from "../understanding/normalize-question.js";
import { fill } from "./answer-templates.js";
import { displayName } from "./compose-lines.js";
import type { CompositionInput } from "./compose-types.js";

/**
 * "你确定?不是证券/期货吗" after 证券、期货投资咨询: the asker disputes the answer with another category. Where a note of
 * that category names the one answered ("若小程序仅提供证券、期货投资等在线咨询服务,建议选…"), it is the document's own word
 * between the two: its line, cited.
 */
export function disputedAdviceLines(input: CompositionInput): string[] {
  const { understanding, verdict, rules, templates: t, citations, labels } = input;
  if (!understanding.pushback || verdict.kind !== "categories" || verdict.categories.length === 0) return [];
  const answered = verdict.categories.map((category) => ({ id: category.id, name: compactForMatching(category.secondary) }));
  const disputed = new Set(
    understanding.roled.filter((mention) => mention.candidates.length === 1 && !answered.some((entry) => entry.id === mention.candidates[0])).map((mention) => mention.candidates[0]!),
  );
  const lines: string[] = [];
  for (const category of rules.categories) {
    if (!disputed.has(category.id)) continue;
    const advice = input.fields(category).notes.filter((note) => answered.some((entry) => compactForMatching(note).includes(entry.name)));
    if (advice.length === 0) continue;
    lines.push(fill(t.line.notes, { category: displayName(category, input.language), text: advice.map(input.documentText).join(" ") }));
    citations.add(categoryHeading(category), (line) => line.startsWith(labels.notes) && advice.some((note) => line.includes(note)), advice.length, { first: true });
  }
  return lines;
}
