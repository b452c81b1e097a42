import type { DialogueTopic } from "../dialogue/track-dialogue.js";
import type { SectionFields } from "../corpus/section-fields.js";
import type { Retriever } from "../retrieval/hybrid-retriever.js";
import type { Subject } from "../rules/rules-engine.js";
import type { Method, Rules } from "../rules/rules-schema.js";
import type { Language, QuestionUnderstander } from "../understanding/understand-question.js";
import type { GuardStatus, LlmPhrasing } from "../llm/phrase-with-model.js";
import type { TemplatesByLanguage } from "./answer-templates.js";
import type { Citation } from "./citations.js";
import type { AnswerKind } from "./compose-answer.js";
import type { AbsentLine, AskedAspect } from "./compose-types.js";

/** What a conversation remembers between turns: the topic as resolved facts, never display names. */
export interface ConversationState extends DialogueTopic {
  readonly lastCitations: readonly Citation[];
  readonly lastRetrieved: readonly RetrievedSummary[];
  /** The last few turns, for a model that phrases answers. */
  readonly history: ReadonlyArray<{ readonly question: string; readonly answer: string }>;
  /** The language of the last answer to a message that said more than thanks or laughter: what "haha" is answered in. */
  readonly language?: Language;
  /** The last answer was written in traditional characters: a message written alike in both scripts stays in them. */
  readonly traditional?: boolean;
}

export const emptyConversation: ConversationState = { categories: [], subject: null, unlisted: [], lastCitations: [], lastRetrieved: [], history: [] };

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

/** The answer in parts, for channels that render them apart (bold verdict, quoted sources). */
export interface AnswerParts {
  /** The rules' verdict sentence (never a model's). */
  readonly verdict: string;
  /** One line per asked aspect and condition, then what the document does not cover. */
  readonly details: readonly string[];
  /** A model's explanation as kept by the guard, when one was used. */
  readonly model: string | null;
  /** Short remarks: typos read, injections ignored, truncation, inherited topic. */
  readonly remarks: readonly string[];
  /** Every citation; the first `visibleSources` are shown in the text. */
  readonly sources: readonly Citation[];
  readonly visibleSources: number;
  /** Aspects answered from a section, with the mark of the quote that backs each. */
  readonly asked: readonly AskedAspect[];
  /** "The document does not say" lines, with what they say is missing. */
  readonly absent: readonly AbsentLine[];
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
  readonly parts: AnswerParts;
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
  /** Each category section's fields (scenario, scope, notes, review) by heading, read from the corpus. */
  readonly sections: ReadonlyMap<string, SectionFields>;
  /** English renderings of the document's texts, by the text as the document writes it (corpus/english-glosses.yaml). */
  readonly glosses: ReadonlyMap<string, string>;
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
  /**
   * The earlier message the question quotes, when the channel gives it apart (WeCom's quote); quotes written into the
   * text ("> …", WeChat's 「…」 over a separator line) are found in the question itself.
   */
  readonly quoted?: string;
  /** Streams the answer as a model writes it: the verdict sentence first, then the model's text. */
  readonly onToken?: (text: string) => void;
}

