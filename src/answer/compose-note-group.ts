import { categoryHeading, type CategoryRule } from "../rules/rules-schema.js";
import { matchable } from "../understanding/clauses.js";
import { compactForMatching } from "../understanding/normalize-question.js";
import { fill } from "./answer-templates.js";
import { displayName } from "./compose-lines.js";
import { quotedNames } from "./quoted-names.js";
import type { CompositionInput } from "./compose-types.js";

/**
 * "具体要补哪个医疗类目", "医疗相关类目是指哪些": a group asked about as a note names it. The notes of the document that
 * name the group so (its word, then a word of relation: "需补充医疗相关类目"), each under its category, then that they do
 * not say which of the group's categories — those listed beside are only the group's, for reference. Nothing when the
 * question names no such group, or no note names it.
 */
export function noteGroupLines(input: CompositionInput, shown: readonly CategoryRule[]): string[] {
  if (!input.understanding.namesNoteGroup) return [];
  // The group is the word of several categories the question names, all of one field ("医疗", "medical").
  const groupOf = (ids: readonly string[]) => {
    const primaries = new Set(ids.map((id) => input.rules.categories.find((category) => category.id === id)?.primary));
    const [only] = primaries;
    return primaries.size === 1 ? only : undefined;
  };
  const group = input.understanding.mentions.map((mention) => (mention.candidates.length > 1 ? groupOf(mention.candidates) : undefined)).find((found) => found !== undefined);
  if (group === undefined) return [];
  const groupWord = compactForMatching(group);
  const namesGroup = (note: string) => {
    const compact = compactForMatching(note);
    return input.noteGroupAfter.find(matchable(compact, "zh")).some((hit) => compact.slice(0, hit.start).endsWith(groupWord));
  };
  const { templates: t, language, citations } = input;
  const members = input.rules.categories.filter((category) => category.primary === group);
  // A category whose notes the answer gives anyway ("电商平台有什么注意事项…哪个医疗类目") is not quoted twice.
  const notesShown = (category: CategoryRule) => input.aspects.includes("notes") && shown.includes(category);
  const lines: string[] = [];
  for (const category of input.rules.categories) {
    const notes = notesShown(category) ? [] : input.fields(category).notes.filter(namesGroup);
    if (notes.length === 0) continue;
    lines.push(fill(t.line.notes, { category: displayName(category, language), text: notes.map(input.documentText).join(" ") }));
    citations.add(categoryHeading(category), (line) => notes.some((note) => line.includes(note)), 1, { first: true });
  }
  const named = lines.length > 0 || input.rules.categories.some((category) => notesShown(category) && input.fields(category).notes.some(namesGroup));
  if (!named) return [];
  // The group's categories, unless the answer has just listed them.
  const listed = members.every((member) => shown.includes(member));
  return [...lines, listed ? fill(t.line.noteGroupUnnamed, { group }) : fill(t.line.noteGroupUnnamedListing, { group, categories: quotedNames(members.map((member) => displayName(member, language)), t.line.separator) })];
}
