import type { CategoryMention, Subject } from "../rules/rules-engine.js";
import type { AccessMethod, CategoryId, Rules } from "../rules/rules-schema.js";
import { genericWords, injectionCues, intentCues, methodCues, outOfScopeCues, type Intent } from "./intent-vocabulary.js";
import { compactForMatching, normalizeQuestion, type NormalizedQuestion } from "./normalize-question.js";
import { TermMatcher, type TermMatch } from "./term-matcher.js";

export type Language = "zh" | "en";

export interface Understanding {
  readonly normalized: NormalizedQuestion;
  readonly language: Language;
  readonly subject: Subject | null;
  readonly mentions: readonly CategoryMention[];
  readonly unlisted: readonly string[];
  readonly intents: readonly Intent[];
  /** The method a "which categories may use …" question is about. */
  readonly askedMethod: AccessMethod | null;
  /** Qualification groups the question names (e.g. 保险中介机构主体). */
  readonly qualificationGroups: readonly string[];
  readonly injection: boolean;
  /** Words of topics the document never covers ("代码", "收费"). */
  readonly outOfScope: readonly string[];
  /** "A还是B", "分别": categories weighed against each other, not held together. */
  readonly alternatives: boolean;
  /** "再加上…", "也有…": the named categories add to the conversation's instead of replacing them. */
  readonly additive: boolean;
  readonly typos: readonly { readonly term: string }[];
  /** Former names used in the question ("征信业务"), with the category's current name. */
  readonly formerNames: ReadonlyArray<{ readonly former: string; readonly id: CategoryId }>;
}

type VocabularyTarget =
  | { readonly kind: "category"; readonly id: CategoryId; readonly scenario?: boolean }
  | { readonly kind: "group"; readonly primary: string; readonly ids: readonly CategoryId[] }
  | { readonly kind: "unlisted"; readonly name: string };

type SubjectTarget = { readonly subject: Subject } | { readonly subject: null };

const negations = ["不是", "并非", "不属于", "非", "没有", "不用"];

/** Deterministic question understanding over the rules' vocabulary; build once, call per question. */
export class QuestionUnderstander {
  private readonly vocabulary: TermMatcher<VocabularyTarget>;
  private readonly subjects: TermMatcher<SubjectTarget>;
  private readonly qualificationGroups: TermMatcher<string>;
  private readonly knownWords: Set<string>;

  constructor(private readonly rules: Rules) {
    const terms: Array<{ text: string; target: VocabularyTarget }> = [];
    for (const category of rules.categories) {
      const target: VocabularyTarget = { kind: "category", id: category.id };
      const names = [category.secondary, `${category.primary}${category.secondary}`, ...category.formerNames, ...category.aliases, ...category.englishTerms];
      for (const text of names) terms.push({ text, target });
      const scenarioTarget: VocabularyTarget = { kind: "category", id: category.id, scenario: true };
      for (const text of category.scenarios) terms.push({ text, target: scenarioTarget });
    }
    for (const group of rules.groups) {
      const ids = rules.categories.filter((category) => category.primary === group.primary).map((category) => category.id);
      const target: VocabularyTarget = { kind: "group", primary: group.primary, ids };
      for (const text of [group.primary, ...group.terms, ...group.englishTerms]) terms.push({ text, target });
    }
    for (const entry of rules.unlisted) {
      const target: VocabularyTarget = { kind: "unlisted", name: entry.name };
      for (const text of [entry.name, ...entry.terms, ...entry.englishTerms]) terms.push({ text, target });
    }
    // "直播" is 社交's second-level name but appears in nearly every question: never a category by itself.
    this.vocabulary = new TermMatcher(dedupeCategoryTargets(terms.filter(({ text }) => !genericWords.has(text))));

    const subjectTerms: Array<{ text: string; target: SubjectTarget }> = [];
    const { personal, government, enterprise, notSubjectTerms } = rules.subjects;
    for (const [subject, entry] of [["personal", personal], ["government", government], ["enterprise", enterprise]] as const) {
      for (const text of [...entry.terms, ...entry.englishTerms]) subjectTerms.push({ text, target: { subject } });
    }
    for (const text of notSubjectTerms) subjectTerms.push({ text, target: { subject: null } });
    this.subjects = new TermMatcher(subjectTerms);

    const groupTerms: Array<{ text: string; target: string }> = [];
    for (const category of rules.categories) {
      for (const group of category.qualification?.groups ?? []) {
        for (const text of [group.who, ...group.terms, ...group.englishTerms]) groupTerms.push({ text, target: group.who });
      }
    }
    this.qualificationGroups = new TermMatcher(groupTerms);
    this.knownWords = new Set(
      [...terms, ...subjectTerms, ...groupTerms]
        .map(({ text }) => text)
        .concat(Object.values(intentCues).flatMap((cues) => cues.han))
        .map(compactForMatching),
    );
  }

  /** Whether a word is part of the bot's vocabulary (a category, subject or intent word). */
  knowsWord(word: string): boolean {
    const compact = compactForMatching(word);
    if (this.knownWords.has(compact)) return true;
    for (const known of this.knownWords) if (known.length >= 2 && known.includes(compact)) return true;
    return false;
  }

  understand(question: string, extraMentionNames: readonly string[] = []): Understanding {
    const normalized = normalizeQuestion(question, extraMentionNames);
    const { compact, lower } = normalized;
    const matches = this.vocabulary.match(compact, lower);

    const mentions: CategoryMention[] = [];
    const unlisted: string[] = [];
    for (const match of matches) {
      // "没有社交直播类目" says the category is not held: it must not count.
      if (isNegatedCategory(match, compact)) continue;
      for (const target of match.targets) {
        if (target.kind === "unlisted") {
          if (!unlisted.includes(target.name)) unlisted.push(target.name);
        }
      }
      const candidates = [
        ...new Set(
          match.targets.flatMap((target) =>
            target.kind === "category" ? [target.id] : target.kind === "group" ? target.ids : [],
          ),
        ),
      ];
      const scenario = match.targets.every((target) => target.kind !== "category" || target.scenario === true);
      if (candidates.length > 0) mentions.push({ term: match.term, candidates, ...(scenario ? { scenario } : {}) });
    }

    return {
      normalized,
      language: detectLanguage(normalized.text),
      subject: this.detectSubject(compact, lower),
      mentions,
      unlisted,
      intents: detectIntents(compact, lower),
      askedMethod: detectAskedMethod(compact, lower),
      qualificationGroups: [
        ...new Set(this.qualificationGroups.match(compact, lower).flatMap((match) => match.targets)),
      ],
      injection: injectionCues.han.some((cue) => compact.includes(compactForMatching(cue))) || injectionCues.latin.some((cue) => cue.test(lower)),
      outOfScope: [
        ...outOfScopeCues.han.filter((cue) => compact.includes(cue)),
        ...outOfScopeCues.latin.flatMap((cue) => cue.exec(lower)?.[0] ?? []),
      ],
      alternatives: weighsAlternatives(matches, compact, lower),
      additive: /再加|加上|同时|也有|还有|另有|再申请|再开通|\b(also|as well|too|in addition)\b/.test(compact + " " + lower),
      typos: matches.filter((match) => match.typo).map((match) => ({ term: match.term })),
      formerNames: this.formerNames(matches),
    };
  }

  private formerNames(matches: ReadonlyArray<TermMatch<VocabularyTarget>>): Array<{ former: string; id: CategoryId }> {
    const found: Array<{ former: string; id: CategoryId }> = [];
    for (const category of this.rules.categories) {
      for (const former of category.formerNames) {
        if (matches.some((match) => match.term === compactForMatching(former))) found.push({ former, id: category.id });
      }
    }
    return found;
  }

  private detectSubject(compact: string, lower: string): Subject | null {
    const found = new Set<Subject>();
    for (const match of this.subjects.match(compact, lower)) {
      const target = match.targets[0];
      if (!target || target.subject === null) continue;
      if (isNegated(match, compact, lower)) continue;
      found.add(target.subject);
    }
    // A personally certified mini program cannot stream whatever else is said; government comes next.
    if (found.has("personal")) return "personal";
    if (found.has("government")) return "government";
    if (found.has("enterprise")) return "enterprise";
    return null;
  }
}

const categoryNegations = ["没有", "没", "不具备", "未具备", "未申请", "没申请", "没开通", "未开通", "不是", "并非", "不属于", "无"];

function isNegatedCategory(match: TermMatch<VocabularyTarget>, compact: string): boolean {
  if (/[a-z]/.test(match.term) && !/\p{Script=Han}/u.test(match.term)) return false;
  const before = compact.slice(Math.max(0, match.start - 3), match.start);
  return categoryNegations.some((negation) => before.endsWith(negation));
}

function isNegated(match: TermMatch<SubjectTarget>, compact: string, lower: string): boolean {
  if (/[a-z]/.test(match.term)) {
    return /\bnot (an? )?$/.test(lower.slice(Math.max(0, match.start - 8), match.start));
  }
  const before = compact.slice(Math.max(0, match.start - 3), match.start);
  return negations.some((negation) => before.endsWith(negation));
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

function detectIntents(compact: string, lower: string): Intent[] {
  const intents: Intent[] = [];
  for (const [intent, cues] of Object.entries(intentCues) as Array<[Intent, (typeof intentCues)[Intent]]>) {
    const hit = cues.han.some((cue) => compact.includes(compactForMatching(cue))) || cues.latin.some((cue) => cue.test(lower));
    if (hit) intents.push(intent);
  }
  return intents;
}

function detectAskedMethod(compact: string, lower: string): AccessMethod | null {
  const asks = (method: AccessMethod) =>
    methodCues[method].han.some((cue) => compact.includes(compactForMatching(cue))) || methodCues[method].latin.some((cue) => cue.test(lower));
  const native = asks("native");
  const plugin = asks("plugin");
  if (native && !plugin) return "native";
  if (plugin && !native) return "plugin";
  return null;
}

const hanCharacter = /\p{Script=Han}/gu;

/**
 * "银行和驾校培训分别…", "A还是B": the categories are weighed, not held together. "还是"/"或者" count only
 * between two category names ("电商平台和社交直播都有,用插件还是live-pusher" holds both).
 */
function weighsAlternatives(matches: ReadonlyArray<TermMatch<VocabularyTarget>>, compact: string, lower: string): boolean {
  if (/分别|各自|哪个好|哪个更/.test(compact) || /\b(respectively|versus|vs)\b/.test(lower)) return true;
  const isHan = (match: TermMatch<VocabularyTarget>) => /\p{Script=Han}/u.test(match.term);
  const han = matches.filter((match) => isHan(match) && match.targets.some((target) => target.kind !== "unlisted"));
  const latin = matches.filter((match) => !isHan(match));
  // Chinese spans index the compact text, Latin ones the lower-case text.
  return markedBetween(han, compact, /还是|或者|或是|抑或/) || markedBetween(latin, lower, /\bor\b/);
}

function markedBetween(spans: ReadonlyArray<TermMatch<VocabularyTarget>>, text: string, marker: RegExp): boolean {
  if (spans.length < 2) return false;
  const first = Math.min(...spans.map((match) => match.end));
  const last = Math.max(...spans.map((match) => match.start));
  return marker.test(text.slice(first, last));
}

/** English when Latin words carry the question; Chinese (the default) otherwise. */
export function detectLanguage(text: string): Language {
  const han = text.match(hanCharacter)?.length ?? 0;
  const latinWords = text.replace(/live-(pusher|player)/gi, " ").match(/[A-Za-z]{2,}/g)?.length ?? 0;
  return latinWords >= 2 && latinWords * 2 >= han ? "en" : "zh";
}
