import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { Subject } from "../rules/rules-engine.js";
import type { CategoryId, Rules } from "../rules/rules-schema.js";
import { compactForMatching } from "./normalize-question.js";
import { TermMatcher, type TermMatcherOptions } from "./term-matcher.js";

export type VocabularyTarget =
  | { readonly kind: "category"; readonly id: CategoryId; readonly scenario?: boolean }
  | { readonly kind: "group"; readonly primary: string; readonly ids: readonly CategoryId[]; readonly saidAsCategory?: boolean }
  | { readonly kind: "unlisted"; readonly name: string };

/** `undecided`: a word of an organisation the document does not place under the subject (rules › governmentUndecided). */
export type SubjectTarget = { readonly subject: Subject; readonly explicit: boolean; readonly undecided?: boolean } | { readonly subject: null; readonly explicit: false };

/** The matchers understanding reads names with, built once from the rules' names and the lexicon. */
export interface QuestionVocabulary {
  readonly vocabulary: TermMatcher<VocabularyTarget>;
  readonly subjects: TermMatcher<SubjectTarget>;
  readonly qualificationGroups: TermMatcher<string>;
  /** Every name and aspect word, compact, for "does the bot know this word". */
  readonly knownWords: Set<string>;
}

export function buildQuestionVocabulary(rules: Rules, lexicon: Lexicon, matcherOptions: Omit<TermMatcherOptions, "atomsOf" | "pluralOf">): QuestionVocabulary {
    const terms: Array<{ text: string; target: VocabularyTarget }> = [];
    for (const category of rules.categories) {
      const target: VocabularyTarget = { kind: "category", id: category.id };
      // The English name answers show ("Education – Schools") reads as the category when an asker copies it back.
      const names = [category.secondary, `${category.primary}${category.secondary}`, ...category.formerNames, ...category.aliases, ...category.englishTerms, ...category.scopeFacts, englishNameTerm(category.english)];
      for (const text of names) terms.push({ text, target });
      const scenarioTarget: VocabularyTarget = { kind: "category", id: category.id, scenario: true };
      for (const text of [...category.scenarios, ...category.englishScenarios]) terms.push({ text, target: scenarioTarget });
    }
    for (const group of rules.groups) {
      const ids = rules.categories.filter((category) => category.primary === group.primary).map((category) => category.id);
      const target: VocabularyTarget = { kind: "group", primary: group.primary, ids };
      for (const text of [group.primary, ...group.terms, ...group.englishTerms]) terms.push({ text, target });
      const asCategory: VocabularyTarget = { ...target, saidAsCategory: true };
      for (const text of group.categoryTerms) terms.push({ text, target: asCategory });
    }
    for (const entry of rules.unlisted) {
      const target: VocabularyTarget = { kind: "unlisted", name: entry.name };
      for (const text of [entry.name, ...entry.terms, ...entry.englishTerms]) terms.push({ text, target });
    }
    // "直播" is 社交's second-level name but appears in nearly every question: never a category by itself.
    // A group stands for its categories: "教育平抬" narrows 教育 down to 教育平台.
    const atomsOf = (target: VocabularyTarget): readonly unknown[] => (target.kind === "group" ? target.ids : target.kind === "category" ? [target.id] : [target]);
    const vocabulary = new TermMatcher(dedupeCategoryTargets(terms.filter(({ text }) => !lexicon.genericWords.has(text))), { ...matcherOptions, atomsOf });

    const subjectTerms: Array<{ text: string; target: SubjectTarget }> = [];
    const { personal, government, enterprise, notSubjectTerms } = rules.subjects;
    for (const [subject, entry] of [["personal", personal], ["government", government], ["enterprise", enterprise]] as const) {
      for (const text of [...entry.terms, ...entry.englishTerms]) subjectTerms.push({ text, target: { subject, explicit: true } });
      for (const text of entry.bareTerms) subjectTerms.push({ text, target: { subject, explicit: false } });
    }
    for (const text of notSubjectTerms) subjectTerms.push({ text, target: { subject: null, explicit: false } });
    const { governmentUndecided } = rules.subjects;
    for (const text of [...governmentUndecided.terms, ...governmentUndecided.englishTerms]) subjectTerms.push({ text, target: { subject: "government", explicit: true, undecided: true } });
    // "sells to government agencies": a subject's word said of many names others, as a bare word does; it is the
    // asker's only when said of itself.
    const subjects = new TermMatcher(subjectTerms, { ...matcherOptions, pluralOf: (target) => (target.subject === null ? target : { ...target, explicit: false }) });

    const groupTerms: Array<{ text: string; target: string }> = [];
    for (const category of rules.categories) {
      for (const group of category.qualification?.groups ?? []) {
        for (const text of [group.who, ...group.terms, ...group.englishTerms]) groupTerms.push({ text, target: group.who });
      }
    }
    const qualificationGroups = new TermMatcher(groupTerms, matcherOptions);
    const knownWords = new Set(
      [...terms, ...subjectTerms, ...groupTerms]
        .map(({ text }) => text)
        .concat([...lexicon.aspects.values()].flatMap((cues) => cues.chineseCues))
        .map(compactForMatching),
    );
    return { vocabulary, subjects, qualificationGroups, knownWords };
}

/** A category named both by its own name and by an alias must not show up twice per term. */
function dedupeCategoryTargets<Target>(terms: Array<{ text: string; target: Target }>): Array<{ text: string; target: Target }> {
  const seen = new Set<string>();
  return terms.filter(({ text, target }) => {
    const key = `${compactForMatching(text)}\u0000${JSON.stringify(target)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A category's English display name as a term: its words without the notes in brackets or the dashes between them. */
function englishNameTerm(english: string): string {
  return english
    .replace(/\([^)]*\)/gu, " ")
    .replace(/[\u2010-\u2015/-]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();
}
