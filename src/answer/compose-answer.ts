import { categoriesWithMethod, type Verdict } from "../rules/rules-engine.js";
import { categoryHeading, type AccessMethod, type CategoryRule, type Rules } from "../rules/rules-schema.js";
import type { Aspect } from "../lexicon/lexicon-schema.js";
import type { Language, QuestionFrame } from "../understanding/question-frame.js";
import { fill, type AnswerTemplates } from "./answer-templates.js";
import { isAccessSentence, isConditionSentence, type CitationCollector } from "./citations.js";
import type { CorpusChunk } from "../corpus/chunk-corpus.js";
import type { SectionFields } from "../corpus/section-fields.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";

export type CorpusLabels = Lexicon["corpusLabels"];

export type AnswerKind = "verdict" | "list" | "general" | "out-of-corpus" | "no-category" | "help";

export interface CompositionInput {
  readonly kind: AnswerKind;
  readonly rules: Rules;
  readonly templates: AnswerTemplates;
  readonly language: Language;
  readonly understanding: QuestionFrame;
  readonly verdict: Verdict;
  /** Aspects to answer; "method" when the question named none. */
  readonly aspects: readonly Aspect[];
  readonly citations: CitationCollector;
  /** For "general" answers: the best retrieved chunk. */
  readonly bestChunk?: CorpusChunk;
  /** The question's own topic words, to bring in the notes, scope or scenario lines that speak of them. */
  readonly topicWords: readonly string[];
  /** The facts came from the conversation: say which topic the answer is about. */
  readonly inherited: boolean;
  readonly updated: string;
  /** A category's scenario, scope, notes and review, read from its corpus section. */
  readonly fields: (category: CategoryRule) => SectionFields;
  readonly labels: CorpusLabels;
}

export interface Composition {
  readonly body: string[];
  readonly clarify: string[];
}

const detailedCategoryLimit = 3;
const listedNameLimit = 12;

/** Builds the answer's lines from rules and templates; the verdict sentence always comes first. */
export function composeAnswer(input: CompositionInput): Composition {
  const { templates: t, verdict, rules, citations, language } = input;
  const body: string[] = [];
  const clarify: string[] = [];
  const name = (category: CategoryRule) => displayName(category, language);
  const methodText = (method: AccessMethod | "unsupported" | "unknown") => t.method[method];
  const citeAccess = (category: CategoryRule) => citations.add(categoryHeading(category), isAccessSentence, 1);
  // The document's own pointer to WeChat's 服务类目说明, for answers it cannot give.
  const citeOfficialReference = () => citations.add(input.labels.notes, (line) => line.includes(input.labels.officialReference), 1);
  const askForCategory = (): Composition => {
    body.push(t.verdict.noCategory);
    clarify.push(t.verdict.noCategory);
    citations.add(input.labels.notes, (line) => line.includes(input.labels.categorySetting), 2);
    return { body, clarify };
  };

  switch (input.kind) {
    case "help":
      body.push(fill(t.help, { updated: input.updated }));
      return { body, clarify };
    case "out-of-corpus":
      // Say what is not covered about the topic actually asked; the general line only when no topic was recognised.
      if (input.understanding.nearbyTopics.length === 0) body.push(t.verdict.outOfCorpus);
      body.push(...nearbyTopicLines(input));
      citeOfficialReference();
      return { body, clarify };
    case "no-category":
      return askForCategory();
    case "general": {
      const chunk = input.bestChunk;
      const words = input.topicWords.filter((word) => word.length >= 2);
      const best = (chunk?.lines ?? [])
        .map((line) => ({ line, overlap: words.filter((word) => line.toLowerCase().includes(word)).length }))
        .filter((entry) => entry.overlap > 0)
        .sort((a, b) => b.overlap - a.overlap)[0];
      // Nothing in the best passage speaks of the question's topic: it is outside the document, not a random quote.
      if (!chunk || !best) {
        body.push(t.verdict.outOfCorpus);
        citeOfficialReference();
        return { body, clarify };
      }
      body.push(fill(t.verdict.general, { heading: chunk.heading, quote: best.line }));
      citations.add(chunk.heading, (candidate) => candidate === best.line, 1);
      return { body, clarify };
    }
    case "list": {
      const asked = input.understanding.aspects.includes("list") ? input.understanding.askedMethod : null;
      if (asked) {
        const matching = categoriesWithMethod(rules, asked);
        body.push(fill(t.line.listHeader, { method: methodText(asked), count: matching.length }));
        body.push(...groupedNames(matching, t, language));
        matching.slice(0, 3).forEach(citeAccess);
      } else {
        body.push(t.line.listAll);
        for (const method of ["native", "plugin"] as const) {
          const matching = categoriesWithMethod(rules, method);
          body.push(`${methodText(method)}:`);
          body.push(...groupedNames(matching, t, language));
        }
        for (const combination of rules.combinations) citations.add(combination.section, (line) => isAccessSentence(line) || isConditionSentence(line), 2);
      }
      citations.add(input.labels.notes, (line) => line.startsWith(input.labels.personalRule), 1);
      body.push(t.verdict.personal);
      return { body, clarify };
    }
    case "verdict":
      break;
  }

  // With several categories, detail those that have something to say for what was asked.
  const hasDetail = (category: CategoryRule) =>
    input.aspects.some((intent) =>
      intent === "notes" ? input.fields(category).notes.length > 0 : intent === "scope" || intent === "compare" ? !!input.fields(category).scope : intent === "review" ? !!input.fields(category).review : intent === "scenario" ? !!input.fields(category).scenario : intent === "qualification",
    );
  const withDetail = verdict.categories.length > 1 ? verdict.categories.filter(hasDetail) : verdict.categories;
  const detailed = (withDetail.length > 0 ? withDetail : verdict.categories.slice(0, 1)).slice(0, detailedCategoryLimit);
  switch (verdict.kind) {
    case "subject": {
      body.push(verdict.subject === "personal" ? t.verdict.personal : t.verdict.government);
      citations.add(input.labels.notes, (line) => line.startsWith(input.labels.personalRule), 1);
      if (verdict.subject === "personal") return { body, clarify };
      break;
    }
    case "categories": {
      const categories = verdict.categories;
      if (verdict.combination) {
        const combination = rules.combinations.find((entry) => entry.rule === verdict.combination)!;
        const members = combination.when
          .map((id) => categories.find((category) => category.id === id))
          .filter((category): category is CategoryRule => category !== undefined);
        body.push(fill(t.verdict.combination, { categories: members.map((member) => `「${name(member)}」`).join(language === "zh" ? "和" : " and ") }));
        citations.add(combination.section, (line) => isAccessSentence(line) || isConditionSentence(line), 2);
        members.forEach(citeAccess);
        if (input.aspects.includes("choose") || categories.length > members.length) {
          for (const category of categories) body.push(fill(t.line.category, { category: name(category), method: methodText(category.method) }));
        }
      } else if (categories.length === 1) {
        const category = categories[0]!;
        body.push(fill(t.verdict[category.method], { category: name(category) }));
        if (input.aspects.includes("choose")) body.push(fill(t.line.chooseHint, { category: name(category) }));
        citeAccess(category);
        // Only where holding more changes the method (电商平台: plugin → native).
        for (const combination of rules.combinations.filter((entry) => entry.when.includes(category.id) && entry.method !== category.method)) {
          const others = combination.when
            .filter((id) => id !== category.id)
            .map((id) => rules.categories.find((candidate) => candidate.id === id))
            .filter((candidate): candidate is CategoryRule => candidate !== undefined);
          body.push(fill(t.line.condition, { others: others.map((other) => `「${name(other)}」`).join("、"), method: methodText(combination.method) }));
          citations.add(combination.section, isConditionSentence, 1);
        }
      } else if (new Set(categories.map((category) => category.method)).size === 1) {
        const groupTerm = input.understanding.mentions.find((mention) => mention.candidates.length > 1)?.term ?? categories[0]!.primary;
        body.push(fill(t.verdict.group, { group: groupTerm, categories: categories.map((category) => `「${category.secondary}」`).join(""), method: methodText(categories[0]!.method) }));
        (withDetail.length > 0 ? detailed : categories.slice(0, detailedCategoryLimit)).forEach(citeAccess);
      } else {
        const decider = categories.find((category) => category.method === verdict.method)!;
        body.push(fill(t.verdict.several, { decider: `「${name(decider)}」`, method: methodText(verdict.method) }));
        for (const category of categories) body.push(fill(t.line.category, { category: name(category), method: methodText(category.method) }));
        categories.slice(0, detailedCategoryLimit).forEach(citeAccess);
      }
      // "社交直播做时政内容": the held category's own note speaks of it; only others are "not listed".
      const unexplained = verdict.unlisted.filter((entry) => {
        const lines = mentionsInNotes(entry, categories, input);
        body.push(...lines);
        return lines.length === 0;
      });
      if (unexplained.length > 0) body.push(fill(t.line.alsoListed, { names: unexplained.map((entry) => entry.name).join("、") }));
      break;
    }
    case "ambiguous": {
      body.push(verdict.alternatives ? t.verdict.alternatives : fill(t.verdict.ambiguous, { term: verdict.term }));
      for (const option of verdict.options) {
        body.push(fill(t.line.option, { category: name(option), method: methodText(option.method) }));
        clarify.push(name(option));
        citeAccess(option);
      }
      return { body, clarify };
    }
    case "unlisted": {
      body.push(fill(t.verdict.unlisted, { names: verdict.unlisted.map((entry) => entry.name).join("、") }));
      // "个人征信": the document still names it in another section's note; quote that note.
      for (const entry of verdict.unlisted) body.push(...mentionsInNotes(entry, rules.categories, input));
      if (verdict.suggestions.length === 0) body.push(t.line.noSuggestion);
      for (const suggestion of verdict.suggestions) {
        // The document gives some categories neither scenario nor scope: then the line ends at the name.
        const line = fill(t.line.suggestion, { category: name(suggestion), method: methodText(suggestion.method), scenario: input.fields(suggestion).scenario ?? input.fields(suggestion).scope ?? "" });
        body.push(line.replace(/[::]\s*$/u, language === "zh" ? "。" : "."));
        citeAccess(suggestion);
      }
      citeOfficialReference();
      return { body, clarify };
    }
    case "none":
      // A subject with no rule of its own ("那企业呢?") still needs a category.
      return askForCategory();
  }

  for (const former of input.understanding.formerNames) {
    const category = verdict.categories.find((candidate) => candidate.id === former.id);
    if (category) body.push(fill(t.line.formerName, { former: former.former, category: name(category) }));
  }
  for (const category of detailed) body.push(...detailLines(category, input));
  if (withDetail.length > detailedCategoryLimit && input.aspects.some((intent) => intent !== "method" && intent !== "choose")) {
    body.push(fill(t.line.more, { count: withDetail.length - detailedCategoryLimit }));
  }
  body.push(...nearbyTopicLines(input));
  if (input.inherited && verdict.categories.length > 0) {
    body.push(fill(t.line.inherited, { categories: verdict.categories.map((category) => `「${name(category)}」`).join("、") }));
  }
  // Several categories can share a line ("原文的具体资质条目没有保留下来…"), and fields can share a
  // sentence (社交-直播's scenario and note both carry the 7-day review): say each once.
  return { body: withoutRepeatedSentences(body), clarify };
}

function detailLines(category: CategoryRule, input: CompositionInput): string[] {
  const { templates: t, citations, rules, language } = input;
  const heading = categoryHeading(category);
  const label = displayName(category, language);
  const fields = input.fields(category);
  const labels = input.labels;
  const lines: string[] = [];
  const intents = [...input.aspects];
  // "私募基金可以公开募集吗": the note that speaks of 公开募集 answers it, though no note was asked for.
  const group = rules.groups.find((entry) => entry.primary === category.primary);
  const ownNames = new Set(
    [category.primary, category.secondary, ...category.aliases, ...category.formerNames, ...category.englishTerms, ...(group?.terms ?? []), ...(group?.englishTerms ?? [])].map((name) => name.toLowerCase()),
  );
  const topicWords = (input.topicWords ?? []).filter((word) => word.length >= 2 && !ownNames.has(word));
  const speaksOf = (text: string | undefined) => topicWords.some((word) => text?.toLowerCase().includes(word));
  if (!intents.includes("notes") && fields.notes.some(speaksOf)) intents.push("notes");
  if (!intents.includes("scope") && speaksOf(fields.scope ?? undefined)) intents.push("scope");
  if (!intents.includes("scenario") && !intents.includes("scope") && speaksOf(fields.scenario ?? undefined)) intents.push("scenario");
  // "能用来干嘛": what a category is for is its scope and its live-streaming scenario together.
  if (intents.includes("scope") && !intents.includes("scenario") && fields.scenario && fields.scenario !== fields.scope) intents.push("scenario");
  for (const intent of intents) {
    switch (intent) {
      case "qualification":
        lines.push(...qualificationLines(category, input));
        citations.add(heading, (line) => line.startsWith(labels.qualification), 1, { first: true });
        break;
      case "review":
        if (fields.review) {
          lines.push(fill(t.line.review, { text: fields.review }));
          if (citations.add(heading, (line) => line.startsWith(labels.notes) && line.includes(labels.review), 1, { first: true }) === 0) {
            citations.add(heading, (line) => line.includes(labels.review), 1, { first: true });
          }
        } else {
          const reviewed = rules.categories.filter((candidate) => input.fields(candidate).review).map((candidate) => `「${displayName(candidate, language)}」`);
          lines.push(fill(t.line.reviewNone, { category: label, reviewed: reviewed.join("、") }));
        }
        break;
      case "formerName":
        // Said once below for every former name the question used; here for the asked one.
        if (category.formerNames.length > 0) {
          if (!input.understanding.formerNames.some((former) => former.id === category.id)) {
            lines.push(fill(t.line.formerName, { former: category.formerNames.join("、"), category: label }));
          }
          citations.add(heading, (line) => category.formerNames.some((former) => line.includes(former)), 1, { first: true });
        } else {
          lines.push(fill(t.line.formerNameNone, { category: label }));
        }
        break;
      case "compare":
      case "scope":
        lines.push(fields.scope ? fill(t.line.scope, { category: label, text: fields.scope }) : fill(t.line.scopeNone, { category: label }));
        citations.add(heading, (line) => line.startsWith(labels.scope), 1, { first: true });
        break;
      case "scenario":
        lines.push(fields.scenario ? fill(t.line.scenario, { category: label, text: fields.scenario }) : fill(t.line.scenarioNone, { category: label }));
        citations.add(heading, (line) => line.startsWith(labels.scenario), 1, { first: true });
        break;
      case "notes": {
        // "能卖药吗": the note on the asked topic, not every note of the section.
        const onTopic = fields.notes.filter(speaksOf);
        const shown = onTopic.length > 0 ? onTopic : fields.notes;
        lines.push(shown.length > 0 ? fill(t.line.notes, { category: label, text: shown.join(" ") }) : fill(t.line.notesNone, { category: label }));
        citations.add(heading, (line) => line.startsWith(labels.notes) && (onTopic.length === 0 || onTopic.some((note) => line.includes(note))), 2, { first: true });
        break;
      }
      default:
        break;
    }
  }
  return lines;
}

function qualificationLines(category: CategoryRule, input: CompositionInput): string[] {
  const { templates: t, language } = input;
  const label = displayName(category, language);
  const qualification = category.qualification;
  if (!qualification) return [fill(t.line.qualificationAbsent, { category: label })];
  if (!qualification.rule && qualification.items.length === 0) return [fill(t.line.qualificationEmpty, { category: label })];
  if (qualification.rule === "/") return [fill(t.line.qualificationSlash, { category: label })];
  const lines = [fill(t.line.qualificationRule, { category: label, rule: qualification.rule ?? "" })];
  const asked = input.understanding.qualificationGroups;
  const groups = qualification.groups.filter((group) => asked.length === 0 || asked.includes(group.who));
  if (groups.length > 0) lines.push(groups.map((group) => fill(t.line.qualificationGroup, { who: group.who, rule: group.rule })).join(language === "zh" ? ";" : "; "));
  if (qualification.items.length > 0) lines.push(fill(t.line.qualificationItems, { items: qualification.items.join("、") }));
  lines.push(t.line.qualificationMissing);
  return lines;
}

function groupedNames(categories: readonly CategoryRule[], t: AnswerTemplates, language: Language): string[] {
  const groups = new Map<string, string[]>();
  for (const category of categories) {
    const list = groups.get(category.primary) ?? [];
    list.push(language === "en" ? `${category.secondary} (${category.english})` : category.secondary);
    groups.set(category.primary, list);
  }
  return [...groups].map(([group, names]) =>
    fill(t.line.listGroup, { group, categories: names.slice(0, listedNameLimit).map((name) => `「${name}」`).join(language === "zh" ? "" : ", ") }),
  );
}

/** "教育-在线视频课程"; the English form adds the gloss. A category named like its group is named once. */
export function displayName(category: Pick<CategoryRule, "primary" | "secondary" | "english">, language: Language): string {
  const base = category.primary === category.secondary ? category.primary : `${category.primary}-${category.secondary}`;
  return language === "en" ? `${base} (${category.english})` : base;
}

/** "Not in the document" about the near-by topic actually asked, and what the document still says of it. */
function nearbyTopicLines(input: CompositionInput): string[] {
  const { templates: t, rules, language, citations } = input;
  const lines: string[] = [];
  for (const topic of input.understanding.nearbyTopics) {
    lines.push(fill(t.line.unknownTopic, { words: topic.label[language] }));
    if (topic.helps === "native-categories") {
      const native = categoriesWithMethod(rules, "native");
      lines.push(fill(t.line.nativeCategoriesHelp, { count: native.length }));
      lines.push(...groupedNames(native, t, language));
      citations.add(input.labels.notes, (line) => line.startsWith(input.labels.personalRule), 1);
    }
  }
  return lines;
}

/** Notes of the given categories that name an unlisted category ("需补充【时政信息】类目"), quoted. */
function mentionsInNotes(entry: { readonly name: string; readonly terms: readonly string[] }, categories: readonly CategoryRule[], input: CompositionInput): string[] {
  const { templates: t, language, citations } = input;
  const names = [entry.name, ...entry.terms].map((name) => name.replace(/^.*-/u, "")).filter((name) => name.length >= 2);
  const lines: string[] = [];
  for (const category of categories) {
    const notes = input.fields(category).notes.filter((note) => names.some((name) => note.includes(name)));
    if (notes.length === 0) continue;
    lines.push(fill(t.line.notes, { category: displayName(category, language), text: notes.join(" ") }));
    citations.add(categoryHeading(category), (line) => notes.some((note) => line.includes(note)), 1, { first: true });
  }
  return lines;
}

/** Drops sentences said earlier in the answer, and lines left with nothing of their own. */
function withoutRepeatedSentences(lines: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const line of lines) {
    const separator = line.search(/[::]/u);
    const label = separator > 0 && separator < 24 ? line.slice(0, separator + 1) : "";
    const sentences = line.slice(label.length).split(/(?<=[。!?;!?;])/u).map((sentence) => sentence.trim()).filter(Boolean);
    const fresh = sentences.filter((sentence) => sentence.length < 8 || !seen.has(sentence));
    sentences.forEach((sentence) => seen.add(sentence));
    if (fresh.length === 0) continue;
    const rebuilt = label + fresh.join("");
    if (!kept.includes(rebuilt)) kept.push(fresh.length === sentences.length ? line : rebuilt);
  }
  return kept;
}
