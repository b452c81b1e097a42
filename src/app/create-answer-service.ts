import { relative } from "node:path";
import { answer, type Answer, type AnswerDependencies, type AnswerRequest, type ConversationState } from "../answer/answer.js";
import { loadAnswerTemplates } from "../answer/answer-templates.js";
import { projectRoot, type CoreSettings } from "../config/settings.js";
import { chunkCorpus } from "../corpus/chunk-corpus.js";
import { readSectionFields } from "../corpus/section-fields.js";
import { loadCorpusDocument, type CorpusDocument } from "../corpus/corpus-document.js";
import { HybridRetriever } from "../retrieval/hybrid-retriever.js";
import { KeywordIndex } from "../retrieval/keyword-index.js";
import { LocalHashEmbeddings } from "../retrieval/local-embeddings.js";
import { openCorpusIndex, type IndexedEmbeddings, type OpenedIndex } from "../retrieval/open-corpus-index.js";
import { Tokenizer } from "../retrieval/tokenizer.js";
import { loadRules } from "../rules/load-rules.js";
import { loadLexicon, type Lexicon } from "../lexicon/load-lexicon.js";
import type { Rules } from "../rules/rules-schema.js";
import { systemClock, type Clock } from "../shared/clock.js";
import { fail, ok, type Result } from "../shared/result.js";
import { QuestionUnderstander } from "../understanding/understand-question.js";
import type { ChatModel } from "../llm/chat-model.js";
import { CircuitBreaker } from "../llm/circuit-breaker.js";
import { loadLlmPrompts } from "../llm/llm-prompts.js";
import type { LlmPhrasing } from "../llm/phrase-with-model.js";

export interface AnswerService {
  answer(question: string, conversation?: ConversationState, options?: Pick<AnswerRequest, "mentionNames" | "command" | "onToken">): Promise<Answer>;
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
  const rules = await loadRules(settings.rulesFile);
  if (!rules.ok) return rules;
  const lexicon = loadLexicon(settings.lexiconFile);
  if (!lexicon.ok) return lexicon;
  const templates = await loadAnswerTemplates(settings.promptsDirectory);
  if (!templates.ok) return templates;
  const corpus = await loadCorpusDocument(settings.corpusFile, relative(projectRoot, settings.corpusFile) || settings.corpusFile);
  if (!corpus.ok) return corpus;

  const chunks = chunkCorpus(corpus.value);
  const missing = rules.value.categories.filter((category) => !chunks.some((chunk) => chunk.heading === `${category.primary} > ${category.secondary}`));
  if (missing.length > 0) {
    return fail(
      missing
        .map((category) => `${settings.rulesFile}: categories.${category.id}: no corpus heading "## ${category.primary}" / "### ${category.secondary}" in ${settings.corpusFile}`)
        .join("\n"),
    );
  }

  const vocabulary = rules.value.categories.flatMap((category) => [category.secondary, ...category.aliases, ...category.formerNames]);
  const tokenizer = new Tokenizer([...lexicon.value.tokenizerWords, ...vocabulary]);
  const corpusTexts = chunks.map((chunk) => chunk.text);
  let embeddings: IndexedEmbeddings;
  try {
    embeddings = options.embeddings ? await options.embeddings(tokenizer, corpusTexts) : new LocalHashEmbeddings(tokenizer, corpusTexts);
  } catch (error) {
    return fail(`embeddings: cannot reach the embeddings provider (${(error as Error).message}); fix: check EMBEDDINGS_* settings, or unset EMBEDDINGS_PROVIDER to use the local embeddings`);
  }
  let llm: LlmPhrasing | undefined;
  if (options.llm) {
    const prompts = await loadLlmPrompts(settings.promptsDirectory);
    if (!prompts.ok) return prompts;
    llm = {
      model: options.llm.model,
      prompts: prompts.value,
      timeoutMs: options.llm.timeoutMs,
      breaker: new CircuitBreaker(clock, options.llm.failureThreshold, options.llm.cooldownMs),
      corpusText: corpus.value.sections.flatMap((section) => [section.heading, ...section.lines]).join("\n"),
      onProblem: options.llm.onProblem,
    };
  }
  let index: OpenedIndex;
  try {
    index = await openCorpusIndex({
      chunks,
      corpusHash: corpus.value.hash,
      embeddings,
      cacheDirectory: settings.cacheDirectory,
      clock,
      rebuild: options.rebuildIndex,
      onProgress: options.onProgress,
    });
  } catch (error) {
    return fail(`${settings.cacheDirectory}: cannot build the vector index (${(error as Error).message}); fix: check that CACHE_DIR is writable`);
  }
  const retriever = new HybridRetriever(chunks, index.index, embeddings, new KeywordIndex(tokenizer, corpusTexts), (text) => tokenizer.segments(text));
  const dependencies: AnswerDependencies = {
    rules: rules.value,
    templates: templates.value,
    understander: new QuestionUnderstander(rules.value, lexicon.value, { segment: (text) => retriever.words(text), knows: (word) => retriever.knowsWord(word) }),
    retriever,
    corpusUpdated: corpus.value.frontMatter.updated.split(" ")[0] ?? corpus.value.frontMatter.updated,
    sections: new Map(chunks.map((chunk) => [chunk.heading, readSectionFields(chunk, lexicon.value.corpusLabels)])),
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
