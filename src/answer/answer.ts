import type { CorpusChunk } from "../corpus/chunk-corpus.js";
import type { RetrievedChunk, Retriever } from "../retrieval/hybrid-retriever.js";
import { decide, type Facts, type Subject, type Verdict } from "../rules/rules-engine.js";
import { categoryHeading, type CategoryId, type Method, type Rules } from "../rules/rules-schema.js";
import type { Intent } from "../understanding/intent-vocabulary.js";
import { functionCharacters, genericWords, isIntentWord, synonyms } from "../understanding/intent-vocabulary.js";
import { maximumQuestionLength } from "../understanding/normalize-question.js";
import type { Language, QuestionUnderstander, Understanding } from "../understanding/understand-question.js";
import { fill, type TemplatesByLanguage } from "./answer-templates.js";
import { CitationCollector, type Citation } from "./citations.js";
import { composeAnswer, displayName, type AnswerKind } from "./compose-answer.js";
import { phraseWithModel, type GuardStatus, type LlmPhrasing } from "../llm/phrase-with-model.js";
import { suggestCategories } from "../llm/suggest-categories.js";

/** What a conversation remembers between turns: resolved facts, never display names. */
export interface ConversationState {
  readonly categories: readonly CategoryId[];
  readonly subject: Subject | null;
  readonly unlisted: readonly string[];
  readonly lastCitations: readonly Citation[];
  readonly lastRetrieved: readonly RetrievedSummary[];
  /** The last few turns, for a model that phrases answers. */
  readonly history: ReadonlyArray<{ readonly question: string; readonly answer: string }>;
}

export const emptyConversation: ConversationState = { categories: [], subject: null, unlisted: [], lastCitations: [], lastRetrieved: [], history: [] };
const historyTurns = 3;
const historyAnswerLength = 200;

/** Whether, and how, a language model took part in an answer. */
export interface LlmUse {
  readonly used: boolean;
  readonly model: string | null;
  readonly guard: GuardStatus | null;
  /** Categories came from the model's suggestion (the rules still decided the method). */
  readonly suggestedCategories: boolean;
  /** The model's explanation as placed in the answer, when the guard passed it. */
  readonly text: string | null;
}

export interface RetrievedSummary {
  readonly heading: string;
  readonly score: number;
  readonly vectorDistance: number | null;
  readonly keywordScore: number | null;
  readonly boosted: boolean;
}

export interface AnswerCategory {
  readonly primary: string;
  readonly secondary: string;
  readonly method: Method;
}

/** The structured answer every channel renders; the JSON contract is a projection of it. */
export interface Answer {
  readonly question: string;
  readonly kind: AnswerKind;
  readonly method: Method;
  readonly subject: Subject | null;
  readonly categories: readonly AnswerCategory[];
  /** The full text to show: verdict first, then details, then 来源. */
  readonly answer: string;
  /** The verdict sentence alone, written by the template (never by a model). */
  readonly verdictSentence: string;
  readonly citations: readonly Citation[];
  readonly clarify: readonly string[];
  readonly language: Language;
  readonly rule: string;
  readonly rulesApplied: readonly string[];
  readonly truncated: boolean;
  readonly retrieved: readonly RetrievedSummary[];
  readonly conversation: ConversationState;
  readonly llm: LlmUse;
}

export interface AnswerDependencies {
  readonly rules: Rules;
  readonly templates: TemplatesByLanguage;
  readonly understander: QuestionUnderstander;
  readonly retriever: Retriever;
  /** The corpus's 最近更新时间, for the help text. */
  readonly corpusUpdated: string;
  /** An optional model that phrases answers; the rules still decide. */
  readonly llm?: LlmPhrasing;
}

export interface AnswerRequest {
  readonly question: string;
  readonly conversation?: ConversationState;
  /** Names to strip as @mentions even without a separator (the bot's own names). */
  readonly mentionNames?: readonly string[];
  /** A channel command answered by the core: "list-categories" lists every category with its method. */
  readonly command?: "list-categories";
  /** Streams the answer as a model writes it: the verdict sentence first, then the model's text. */
  readonly onToken?: (text: string) => void;
}

const helpWords = new Set(["", "help", "/help", "帮助", "?", "h", "菜单", "使用说明", "你好", "您好", "在吗", "hi", "hello", "hey", "嗨", "哈喽"]);
const citedLinesInText = 3;
const followUpMarkers = /^(那|那么|那这|这个|该|它|还有|另外|再问|顺便|and\b|what about|how about|then\b)/i;

/** The core: question and conversation in, a grounded answer out. Channels only render it. */
export async function answer(request: AnswerRequest, dependencies: AnswerDependencies): Promise<Answer> {
  const { rules, templates, understander, retriever } = dependencies;
  const conversation = request.conversation ?? emptyConversation;
  const question = typeof request.question === "string" ? request.question : "";
  const understanding = understander.understand(question, request.mentionNames);
  const language = understanding.language;
  const t = templates[language];

  let decided: DecidedKind =
    request.command === "list-categories"
      ? { kind: "list", facts: { subject: null, mentions: [], unlisted: [] }, contentWords: [], unknownWords: [], topicWords: [] }
      : decideKind(understanding, conversation, dependencies);
  let suggestedCategories = false;
  // "能直播吗" with a scenario the vocabulary does not know ("线上K歌房") may still name a category.
  const unresolved = decided.kind === "no-category" || (decided.kind === "out-of-corpus" && understanding.intents.length > 0);
  if (unresolved && dependencies.llm) {
    // The model may suggest categories the vocabulary missed; the rules below still decide.
    const suggestion = await suggestCategories(dependencies.llm, rules, understanding.normalized.text);
    if (suggestion) {
      suggestedCategories = true;
      decided = {
        ...decided,
        kind: "verdict",
        facts: { subject: suggestion.subject, mentions: suggestion.categories.map((id) => ({ term: id, candidates: [id] })), unlisted: [] },
      };
    }
  }
  const verdict = decide(decided.facts, rules);
  const intents: Intent[] = understanding.intents.filter((intent) => intent !== "list");
  if (intents.length === 0) intents.push("method");

  const boostHeadings = headingsFor(verdict, decided.kind);
  const retrieved = decided.kind === "help" ? [] : await retriever.retrieve(understanding.normalized.text || question, { boostHeadings, limit: Math.max(4, boostHeadings.length) });
  const findChunk = (heading: string): CorpusChunk | undefined =>
    retrieved.find((entry) => entry.chunk.heading === heading)?.chunk ?? retriever.chunks.find((chunk) => chunk.heading === heading);
  const citations = new CitationCollector(findChunk);

  const composition = composeAnswer({
    kind: decided.kind,
    rules,
    templates: t,
    language,
    understanding,
    verdict,
    intents,
    citations,
    bestChunk: retrieved[0]?.chunk,
    questionWords: decided.contentWords,
    unknownWords: understanding.outOfScope.length > 0 ? understanding.outOfScope : understanding.intents.length === 0 ? decided.unknownWords : [],
    topicWords: decided.topicWords,
    updated: dependencies.corpusUpdated,
  });

  const collected = citations.all();
  const notes: string[] = [];
  if (suggestedCategories) {
    notes.push(fill(t.line.understoodAs, { categories: verdict.categories.map((category) => `「${displayName(category, language)}」`).join("、") }));
  }
  if (understanding.normalized.truncated) notes.push(fill(t.line.truncated, { limit: maximumQuestionLength }));
  if (understanding.injection && decided.kind !== "help") notes.push(t.line.injection);
  for (const typo of understanding.typos) notes.push(fill(t.line.typo, { term: typo.term }));

  const sourceLines = collected.slice(0, citedLinesInText).map((citation) => fill(t.sources.citation, { heading: citation.heading, quote: citation.quote }));
  if (collected.length > citedLinesInText) sourceLines.push(fill(t.sources.more, { count: collected.length - citedLinesInText }));
  const sources = sourceLines.length > 0 ? [t.sources.header, ...sourceLines] : [];
  const [verdictSentence = "", ...facts] = composition.body;

  let llm: LlmUse = { used: false, model: dependencies.llm?.model.id ?? null, guard: null, suggestedCategories, text: null };
  let modelText: string | null = null;
  const phrasable = (decided.kind === "verdict" && verdict.method !== "unknown") || decided.kind === "general";
  if (dependencies.llm && phrasable) {
    let streamed = false;
    const outcome = await phraseWithModel(dependencies.llm, {
      language,
      verdictSentence,
      facts,
      passages: retrieved.slice(0, 3).map((entry) => ({ heading: entry.chunk.heading, lines: entry.chunk.lines })),
      history: conversation.history,
      question: understanding.normalized.text,
      method: decided.kind === "verdict" ? verdict.method : "unknown",
      allowedCategories: allowedCategories(verdict, [verdictSentence, ...facts, ...collected.map((citation) => citation.quote)].join("\n"), understander),
      understander,
      onToken: request.onToken
        ? (token) => {
            if (!streamed) request.onToken!(`${verdictSentence}\n`);
            streamed = true;
            request.onToken!(token);
          }
        : undefined,
    });
    if (outcome.status === "passed") modelText = outcome.text;
    llm = { ...llm, used: outcome.status === "passed", guard: outcome.status === "skipped" ? null : outcome.status, text: modelText };
  }
  // With a model, its explanation follows the template's verdict sentence; the facts stay, so what was asked is always answered.
  const text = [verdictSentence, ...(modelText ? [modelText] : []), ...facts, ...notes, ...sources].join("\n");

  const method: Method = decided.kind === "verdict" ? verdict.method : "unknown";
  const shownCategories = verdict.kind === "ambiguous" ? verdict.options : verdict.kind === "unlisted" ? [] : verdict.categories;
  const retrievedSummaries = retrieved.map(summarize);
  const keepsContext = decided.kind === "verdict";
  return {
    question,
    kind: decided.kind,
    method,
    subject: decided.kind === "verdict" ? decided.facts.subject : null,
    categories: decided.kind === "verdict" ? shownCategories.map((category) => ({ primary: category.primary, secondary: category.secondary, method: category.method })) : [],
    answer: text,
    verdictSentence,
    citations: collected,
    clarify: composition.clarify,
    language,
    rule: decided.kind === "verdict" ? verdict.rule : decided.kind,
    rulesApplied: decided.kind === "verdict" ? verdict.rulesApplied : [],
    truncated: understanding.normalized.truncated,
    retrieved: retrievedSummaries,
    conversation: {
      categories: keepsContext ? verdict.categories.map((category) => category.id) : conversation.categories,
      subject: keepsContext ? decided.facts.subject : conversation.subject,
      unlisted: keepsContext ? verdict.unlisted.map((entry) => entry.name) : conversation.unlisted,
      lastCitations: collected,
      lastRetrieved: retrievedSummaries,
      history: [...conversation.history, { question: understanding.normalized.text, answer: [...text].slice(0, historyAnswerLength).join("") }].slice(-historyTurns),
    },
    llm,
  };
}

/** Categories a model may name: the verdict's and any the template answer names itself (conditions, notes). */
function allowedCategories(verdict: Verdict, templateText: string, understander: QuestionUnderstander): Set<CategoryId> {
  const allowed = new Set<CategoryId>(verdict.categories.map((category) => category.id));
  if (verdict.kind === "ambiguous") verdict.options.forEach((option) => allowed.add(option.id));
  if (verdict.kind === "unlisted") verdict.suggestions.forEach((suggestion) => allowed.add(suggestion.id));
  for (const mention of understander.understand(templateText).mentions) mention.candidates.forEach((id) => allowed.add(id));
  return allowed;
}

interface DecidedKind {
  readonly kind: AnswerKind;
  readonly facts: Facts;
  readonly contentWords: string[];
  readonly unknownWords: string[];
  readonly topicWords: string[];
}

/** Decides which kind of answer fits, and which facts (this turn's or the conversation's) apply. */
function decideKind(understanding: Understanding, conversation: ConversationState, dependencies: AnswerDependencies): DecidedKind {
  const { retriever, understander } = dependencies;
  const text = understanding.normalized.text;
  // Everyday words are read as the document's own ("配置" as 设置), so they can find its passages.
  const words = [...new Set(retriever.words(text).map((word) => synonyms.get(word) ?? word))].filter(
    (word) => word.length >= 2 && !genericWords.has(word) && !/^\d+$/.test(word),
  );
  const contentWords = words.filter((word) => !/^[a-z-]+$/.test(word) || word.length > 3);
  const known = (word: string) => retriever.knowsWord(word) || understander.knowsWord(word);
  const unknownWords = contentWords.filter((word) => !known(word) && !functionCharacters.has(word[0]!));
  const asked = understanding.intents.length > 0;
  const named = understanding.mentions.length > 0 || understanding.unlisted.length > 0;
  const thisTurn: Facts = { subject: understanding.subject, mentions: understanding.mentions, unlisted: understanding.unlisted };
  const fromContext: Facts = {
    subject: conversation.subject,
    mentions: conversation.categories.map((id) => ({ term: id, candidates: [id] })),
    unlisted: conversation.unlisted,
  };
  const hasContext = conversation.categories.length > 0 || conversation.unlisted.length > 0 || conversation.subject !== null;
  // Words that say what the question is about beyond names and "what is asked": "公开募集", "定金".
  const topicWords = contentWords.filter((word) => !isIntentWord(word));
  const base = { contentWords, unknownWords, topicWords };

  if (helpWords.has(text.toLowerCase()) || (!named && !understanding.subject && !asked && contentWords.length === 0 && !hasContext)) {
    return { kind: "help", facts: thisTurn, ...base };
  }
  if (named || understanding.subject) {
    // A question naming categories starts afresh unless it adds to them ("那再加上社交-直播呢?");
    // a bare subject ("那个人主体呢?") keeps the categories.
    const adds = named && understanding.additive && hasContext;
    return {
      kind: "verdict",
      facts: {
        subject: understanding.subject,
        alternatives: understanding.alternatives && !adds,
        mentions: named ? [...(adds ? fromContext.mentions : []), ...understanding.mentions] : fromContext.mentions,
        unlisted: named ? [...(adds ? fromContext.unlisted : []), ...understanding.unlisted] : fromContext.unlisted,
      },
      ...base,
    };
  }
  if (understanding.intents.includes("list")) return { kind: "list", facts: thisTurn, ...base };
  // The corpus is Chinese, so English words cannot be checked against it: an English question is on
  // topic when it asks something the bot answers (method, qualifications, review…).
  const offTopic =
    understanding.outOfScope.length > 0 ||
    (understanding.language === "en" ? !asked : unknownWords.length > 0 && unknownWords.length >= contentWords.length - unknownWords.length);
  // "live-pusher 推流地址怎么配置" names a tag but asks what the document does not cover.
  const askedBeyondMethod = understanding.intents.some((intent) => intent !== "method");
  if (offTopic && !(askedBeyondMethod && hasContext)) return { kind: "out-of-corpus", facts: thisTurn, ...base };
  // "那需要什么资质?" follows up; "类目和实际场景不符会怎样" asks about categories in general.
  const followUp = followUpMarkers.test(text) || !/类目|categor/i.test(text);
  if (hasContext && followUp && (asked || unknownWords.length === 0)) return { kind: "verdict", facts: fromContext, ...base };
  if (offTopic || understanding.language === "en") return { kind: asked ? "no-category" : "out-of-corpus", facts: thisTurn, ...base };
  // Only words beyond "what is asked" can find a passage; "需要什么资质?" alone needs a category first.
  const passageWords = topicWords.filter((word) => retriever.knowsWord(word));
  return { kind: passageWords.length > 0 ? "general" : "no-category", facts: thisTurn, ...base };
}

function headingsFor(verdict: Verdict, kind: AnswerKind): string[] {
  if (kind !== "verdict") return kind === "out-of-corpus" || kind === "no-category" ? ["注意"] : [];
  const categories = [
    ...verdict.categories,
    ...(verdict.kind === "ambiguous" ? verdict.options : []),
    ...(verdict.kind === "unlisted" ? verdict.suggestions : []),
  ];
  const headings = categories.map(categoryHeading);
  if (verdict.kind === "subject" || verdict.kind === "unlisted") headings.unshift("注意");
  return [...new Set(headings)];
}

function summarize(entry: RetrievedChunk): RetrievedSummary {
  return {
    heading: entry.chunk.heading,
    score: Number(entry.score.toFixed(4)),
    vectorDistance: entry.vectorDistance === null ? null : Number(entry.vectorDistance.toFixed(4)),
    keywordScore: entry.keywordScore === null ? null : Number(entry.keywordScore.toFixed(4)),
    boosted: entry.boosted,
  };
}
