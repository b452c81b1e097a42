import type { GuardLexicon } from "../../lexicon/guard-lexicon-schema.js";
import type { Cues } from "../../lexicon/lexicon-schema.js";
import { categoryHeading, type AccessMethod, type CategoryId, type Rules } from "../../rules/rules-schema.js";
import { anyOfWords } from "../../shared/any-of-words.js";
import { compileChineseNumerals, type ChineseNumerals } from "./chinese-numerals.js";
import { foldWord } from "./fold-text.js";
import { compileDigitCountPattern } from "./number-keys.js";
import { PhraseSet } from "./phrase-set.js";
import { compileWordShapes, type WordShapes } from "./sentence-patterns.js";

/** What a name in a model's sentence refers to. */
export type NamedThing =
  /** `group`: the folded terms of the group when the name is a group's ("医疗", "medical"). */
  | { readonly kind: "category"; readonly ids: readonly CategoryId[]; readonly group?: readonly string[] }
  | { readonly kind: "unlisted"; readonly name: string }
  | { readonly kind: "subject"; readonly subject: "personal" | "government" | "enterprise" };

/**
 * Everything the guard reads a model's text with, compiled once: the lexicon's `guard:` and
 * `methods:` sections and the names in rules.yaml. Data in; no word lists live in code.
 */
export interface GuardVocabulary {
  readonly methods: { readonly native: PhraseSet; readonly plugin: PhraseSet };
  readonly names: PhraseSet;
  /** Folded name → what it names (a name may name several categories: "驾校"). */
  readonly named: ReadonlyMap<string, readonly NamedThing[]>;
  readonly weakNames: ReadonlySet<string>;
  readonly clauseBreaks: PhraseSet;
  readonly accessWords: PhraseSet;
  readonly coordination: PhraseSet;
  /** A method verb at the start or the end of the text between two method words ("用", "使用"), to read past. */
  readonly methodVerbEdges: RegExp;
  readonly notSubjectTerms: PhraseSet;
  readonly categoryWords: PhraseSet;
  readonly categoryDeictics: PhraseSet;
  readonly negation: PhraseSet;
  readonly condition: PhraseSet;
  readonly optional: PhraseSet;
  readonly liveSupported: PhraseSet;
  readonly liveUnsupported: PhraseSet;
  readonly fees: PhraseSet;
  readonly notFees: PhraseSet;
  readonly contacts: PhraseSet;
  readonly licenceSuffixes: readonly string[];
  readonly licenceNouns: ReadonlySet<string>;
  readonly licenceQualifiers: ReadonlySet<string>;
  readonly licenceVerbs: ReadonlySet<string>;
  readonly knownDocuments: readonly string[];
  readonly latinWords: ReadonlySet<string>;
  readonly numberUnits: ReadonlyMap<string, string>;
  /** The document's time units: the Chinese side of `numberUnits` (天, 周…), longest first. */
  readonly timeUnits: readonly string[];
  /** A number in digits and the word after it, past a measure word ("7个工作日"); see numberKeys. */
  readonly digitCountPattern: RegExp;
  /** The lexicon's Chinese numerals, to read times written in words ("十五个工作日"). */
  readonly chineseNumerals: ChineseNumerals;
  /** Messenger ids, phone numbers in Chinese numerals and amounts of money, from the lexicon's words. */
  readonly shapes: WordShapes;
  /** The rules' own words for each category (names, qualification counts). */
  readonly categoryFacts: ReadonlyMap<CategoryId, readonly string[]>;
  /** Each category's method in the rules. */
  readonly categoryMethods: ReadonlyMap<CategoryId, AccessMethod>;
  /** Corpus heading ("电商平台 > 电商平台") → category. */
  readonly headings: ReadonlyMap<string, CategoryId>;
  /** The heading of the document's general notes section (lexicon › corpusLabels.notes), which backs every answer. */
  readonly notesHeading: string;
}

export function buildGuardVocabulary(guard: GuardLexicon, methods: { readonly native: Cues; readonly plugin: Cues }, rules: Rules, notesHeading: string): GuardVocabulary {
  const notNames = new Set(guard.notNames.map(foldWord));
  const named = new Map<string, NamedThing[]>();
  const add = (name: string, thing: NamedThing) => {
    const key = foldWord(name);
    if (key.length < 2 || notNames.has(key)) return;
    const keys = /[a-z]$/.test(key) ? [key, `${key}s`, `${key}es`, ...(key.endsWith("y") ? [`${key.slice(0, -1)}ies`] : [])] : [key];
    for (const variant of keys) {
      const things = named.get(variant) ?? [];
      const same = things.find((existing) => existing.kind === thing.kind);
      if (same?.kind === "category" && thing.kind === "category") {
        const group = same.group || thing.group ? [...(same.group ?? []), ...(thing.group ?? [])] : undefined;
        named.set(variant, [...things.filter((existing) => existing !== same), { kind: "category", ids: [...new Set([...same.ids, ...thing.ids])], ...(group ? { group } : {}) }]);
      } else if (!same) named.set(variant, [...things, thing]);
    }
  };

  for (const category of rules.categories) {
    const thing: NamedThing = { kind: "category", ids: [category.id] };
    const group = rules.groups.find((entry) => entry.primary === category.primary);
    const prefixes = [category.primary, ...(group?.terms ?? [])];
    for (const name of [category.secondary, category.english, ...category.aliases, ...category.formerNames, ...category.englishTerms]) add(name, thing);
    for (const prefix of prefixes) add(`${prefix}${category.secondary}`, thing);
  }
  for (const group of rules.groups) {
    const ids = rules.categories.filter((category) => category.primary === group.primary).map((category) => category.id);
    const groupTerms = [group.primary, ...group.terms].map(foldWord);
    for (const term of [group.primary, ...group.terms, ...group.englishTerms]) add(term, { kind: "category", ids, group: groupTerms });
  }
  for (const entry of rules.unlisted) {
    for (const term of [entry.name, ...entry.terms, ...entry.englishTerms]) add(term, { kind: "unlisted", name: entry.name });
  }
  for (const subject of ["personal", "government"] as const) {
    const rule = rules.subjects[subject];
    for (const term of [...rule.terms, ...rule.englishTerms]) add(term, { kind: "subject", subject });
  }
  for (const term of [...guard.enterpriseSubject.zh, ...guard.enterpriseSubject.en]) add(term, { kind: "subject", subject: "enterprise" });

  // The rules' names and counts; the document's own sentences come from its sections (see ModelTextGuard).
  const categoryFacts = new Map<CategoryId, string[]>();
  for (const category of rules.categories) {
    const qualification = category.qualification;
    categoryFacts.set(category.id, [
      `${category.primary}-${category.secondary}`,
      category.english,
      ...category.aliases,
      ...category.formerNames,
      ...(qualification?.rule ? [qualification.rule] : []),
      ...(qualification?.items ?? []),
      ...(qualification?.groups ?? []).map((group) => `${group.who}${group.rule}`),
    ]);
  }

  const timeUnits = [...new Set(Object.values(guard.numberUnits))].sort((a, b) => b.length - a.length);
  return {
    methods: {
      native: new PhraseSet([...methods.native.zh, ...methods.native.en, ...guard.methods.native.zh, ...guard.methods.native.en]),
      plugin: new PhraseSet([...methods.plugin.zh, ...methods.plugin.en, ...guard.methods.plugin.zh, ...guard.methods.plugin.en]),
    },
    names: new PhraseSet(named.keys()),
    named,
    weakNames: new Set(guard.weakNames.flatMap((word) => [foldWord(word), `${foldWord(word)}s`, `${foldWord(word)}es`])),
    clauseBreaks: PhraseSet.of(guard.clauseBreaks),
    accessWords: PhraseSet.of(guard.accessWords),
    coordination: PhraseSet.of(guard.coordination),
    methodVerbEdges: methodVerbEdgesOf(guard.methodVerbs.map(foldWord)),
    notSubjectTerms: new PhraseSet(rules.subjects.notSubjectTerms),
    categoryWords: PhraseSet.of(guard.categoryWords),
    categoryDeictics: PhraseSet.of(guard.categoryDeictics),
    negation: PhraseSet.of(guard.negation),
    condition: PhraseSet.of(guard.condition),
    optional: PhraseSet.of(guard.optional),
    liveSupported: PhraseSet.of(guard.liveSupported),
    liveUnsupported: PhraseSet.of(guard.liveUnsupported),
    fees: PhraseSet.of(guard.fees),
    notFees: PhraseSet.of(guard.notFees),
    contacts: PhraseSet.of(guard.contacts),
    licenceSuffixes: [...guard.licenceSuffixes].sort((a, b) => b.length - a.length),
    licenceNouns: new Set(guard.licenceNouns.map((noun) => noun.toLowerCase())),
    licenceQualifiers: new Set([...guard.licenceQualifiers.zh, ...guard.licenceQualifiers.en].map((word) => word.toLowerCase())),
    licenceVerbs: new Set([...guard.licenceVerbs.zh, ...guard.licenceVerbs.en].map((word) => word.toLowerCase())),
    knownDocuments: guard.knownDocuments.map(foldWord),
    latinWords: new Set(guard.latinWords.map((word) => word.toLowerCase())),
    numberUnits: new Map(Object.entries(guard.numberUnits).map(([unit, han]) => [unit.toLowerCase(), han])),
    timeUnits,
    digitCountPattern: compileDigitCountPattern(guard.measureWords),
    chineseNumerals: compileChineseNumerals(guard.chineseNumerals, timeUnits, guard.measureWords),
    shapes: compileWordShapes(guard),
    categoryFacts,
    categoryMethods: new Map(rules.categories.map((category) => [category.id, category.method])),
    headings: new Map(rules.categories.map((category) => [categoryHeading(category), category.id])),
    notesHeading,
  };
}

/** One method verb at the start, or one at the end, of a folded text ("或者使用" → "或者"). */
function methodVerbEdgesOf(verbs: readonly string[]): RegExp {
  const verb = anyOfWords(verbs);
  return new RegExp(`^${verb}|${verb}$`, "gu");
}
