import { relative } from "node:path";
import { sectionIndex } from "../answer/section-index.js";
import { categoryHeading } from "../rules/rules-schema.js";
import { answer, type Answer, type AnswerDependencies, type AnswerRequest, type ConversationState } from "../answer/answer.js";
import { loadAnswerTemplates } from "../answer/answer-templates.js";
import { projectRoot, type CoreSettings } from "../config/settings.js";
import { chunkCorpus } from "../corpus/chunk-corpus.js";
import { readSectionFields } from "../corpus/section-fields.js";
import { compactGlossesOptions } from "../corpus/english-glosses.js";
import { loadCorpusDocument, type CorpusDocument } from "../corpus/corpus-document.js";
import type { IndexedEmbeddings, OpenedIndex } from "../retrieval/open-corpus-index.js";
import { openRetriever } from "../retrieval/open-retriever.js";
import type { Tokenizer } from "../retrieval/tokenizer.js";
import { checkRulesAgainstCorpus } from "../rules/check-rules-against-corpus.js";
import { compactLexiconOptions, compactRulesOptions } from "../retrieval/compact-data-options.js";
import { loadCompactDataFile } from "../config/compact-data-file.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { Rules } from "../rules/rules-schema.js";
import { systemClock, type Clock } from "../shared/clock.js";
import { fail, ok, type Result } from "../shared/result.js";
import { QuestionUnderstander } from "../understanding/understand-question.js";
import type { ChatModel } from "../llm/chat-model.js";
import { CircuitBreaker } from "../llm/circuit-breaker.js";
import { loadLlmPrompts } from "../llm/llm-prompts.js";
import type { LlmPhrasing } from "../llm/phrase-with-model.js";

export interface AnswerService {
  answer(question: string, conversation?: ConversationState, options?: Pick<AnswerRequest, "mentionNames" | "command" | "onToken" | "quoted">): Promise<Answer>;
  readonly rules: Rules;
  readonly lexicon: Lexicon;
  readonly corpus: CorpusDocument;
  readonly index: OpenedIndex;
  readonly dependencies: AnswerDependencies;
}

export interface CreateAnswerServiceOptions {
  readonly settings: CoreSettings;
  readonly clock?: Clock;
  /** Replaces the local embeddings (a provider's, or a test's). */
  readonly embeddings?: (tokenizer: Tokenizer, corpusTexts: readonly string[]) => IndexedEmbeddings | Promise<IndexedEmbeddings>;
  /** An optional model that phrases answers and suggests categories; the rules still decide. */
  readonly llm?: {
    readonly model: ChatModel;
    readonly timeoutMs: number;
    readonly failureThreshold: number;
    readonly cooldownMs: number;
    readonly onProblem?: LlmPhrasing["onProblem"];
  };
  readonly rebuildIndex?: boolean;
  readonly onProgress?: (message: string) => void;
}

/** Composition root: loads and validates the data files, opens the index, wires the core. */
export async function createAnswerService(options: CreateAnswerServiceOptions): Promise<Result<AnswerService>> {
  const { settings } = options;
  const clock = options.clock ?? systemClock;
  const rules = await loadCompactDataFile(settings.rulesFile, compactRulesOptions(settings.cacheDirectory, settings.rulesFile));
  if (!rules.ok) return rules;
  const lexicon = await loadCompactDataFile(settings.lexiconFile, compactLexiconOptions(settings.cacheDirectory, settings.lexiconFile));
  if (!lexicon.ok) return lexicon;
  const glosses = await loadCompactDataFile(settings.glossesFile, compactGlossesOptions(settings.cacheDirectory, settings.glossesFile));
  if (!glosses.ok) return glosses;
  const templates = await loadAnswerTemplates(settings.promptsDirectory, settings.cacheDirectory);
  if (!templates.ok) return templates;
  const corpus = await loadCorpusDocument(settings.corpusFile, relative(projectRoot, settings.corpusFile) || settings.corpusFile);
  if (!corpus.ok) return corpus;

  const chunks = chunkCorpus(corpus.value);
  const headings = new Set(chunks.map((chunk) => chunk.heading));
  const missing = rules.value.categories.filter((category) => !headings.has(`${category.primary} > ${category.secondary}`));
  if (missing.length > 0) {
    return fail(
      missing
        .map((category) => `${settings.rulesFile}: categories.${category.id}: no corpus heading "## ${category.primary}" / "### ${category.secondary}" in ${settings.corpusFile}`)
        .join("\n"),
    );
  }

  const consistent = checkRulesAgainstCorpus(rules.value, corpus.value, settings.rulesFile);
  if (!consistent.ok) return consistent;
  let llm: LlmPhrasing | undefined;
  if (options.llm) {
    const prompts = await loadLlmPrompts(settings.promptsDirectory);
    if (!prompts.ok) return prompts;
    // Loaded only with a model: without one, no start pays for the guard's code.
    const { modelTextGuardOf } = await import("../llm/guard/load-guard-vocabulary.js");
    // From the lexicon read above (its compact copy), not a second parse of the YAML: the lexicon's schema holds the guard's.
    const guard = modelTextGuardOf(lexicon.value.data, rules.value, corpus.value.sections);
    llm = {
      model: options.llm.model,
      prompts: prompts.value,
      timeoutMs: options.llm.timeoutMs,
      breaker: new CircuitBreaker(clock, options.llm.failureThreshold, options.llm.cooldownMs),
      guard,
      onProblem: options.llm.onProblem,
    };
  }
  // Words the segmenter keeps whole: the lexicon's and every category's names.
  const segmenterWords = [...lexicon.value.tokenizerWords, ...rules.value.categories.flatMap((category) => [category.secondary, ...category.aliases, ...category.formerNames])];
  const keptWhole = new Set(segmenterWords);
  const opened = await openRetriever({ chunks, corpusHash: corpus.value.hash, vocabulary: segmenterWords, embeddings: options.embeddings, cacheDirectory: settings.cacheDirectory, clock, rebuild: options.rebuildIndex, onProgress: options.onProgress });
  if (!opened.ok) return opened;
  const { retriever, index } = opened.value;
  const glossWords = new Set([...glosses.value.values()].flatMap((english) => english.toLowerCase().split(/[^a-z]+/u)).filter((word) => word.length > 0));
  const dependencies: AnswerDependencies = {
    rules: rules.value,
    templates: templates.value,
    // The document's words: its Chinese, and the English its glosses say it in (for English questions' words).
    understander: new QuestionUnderstander(rules.value, lexicon.value, {
      segment: (text) => retriever.words(text),
      keepsWhole: (word) => keptWhole.has(word),
      knows: (word) => retriever.knowsWord(word) || glossWords.has(word),
      sectionSays: (id, word) => {
        const category = rules.value.categories.find((candidate) => candidate.id === id);
        return category !== undefined && sectionIndex(chunks, glosses.value).mentions(categoryHeading(category), word.toLowerCase());
      },
      documentSays: (text) => chunks.some((chunk) => chunk.text.includes(text)),
    }),
    retriever,
    corpusUpdated: corpus.value.frontMatter.updated.split(" ")[0] ?? corpus.value.frontMatter.updated,
    sections: new Map(chunks.map((chunk) => [chunk.heading, readSectionFields(chunk, lexicon.value.corpusLabels)])),
    glosses: glosses.value,
    ...(llm ? { llm } : {}),
  };
  return ok({
    answer: (question, conversation, answerOptions) =>
      answer({ question, conversation, ...answerOptions }, dependencies),
    rules: rules.value,
    lexicon: lexicon.value,
    corpus: corpus.value,
    index,
    dependencies,
  });
}
