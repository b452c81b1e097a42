import type { CorpusChunk } from "../corpus/chunk-corpus.js";
import type { SectionFields } from "../corpus/section-fields.js";
import type { Aspect } from "../lexicon/lexicon-schema.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { CueSet } from "../lexicon/cue-set.js";
import type { Verdict } from "../rules/rules-engine.js";
import type { CategoryId, CategoryRule, Rules } from "../rules/rules-schema.js";
import type { Language, QuestionFrame } from "../understanding/question-frame.js";
import type { AnswerTemplates } from "./answer-templates.js";
import type { CitationCollector } from "./citations.js";
import type { DocumentText } from "./document-text.js";

export type CorpusLabels = Lexicon["corpusLabels"];

/** An aspect answered from a section: the quote that backs it must be among the visible sources. */
export interface AskedAspect {
  readonly heading: string;
  readonly aspect: Aspect;
  /** What the backing quote contains (the row's label, or the review words). */
  readonly quoteMark: string;
}

/** A "the document does not say" line, and what it says is missing. */
export interface AbsentLine {
  readonly line: string;
  /** The section it speaks of; null for the document as a whole. */
  readonly heading: string | null;
  /** The words it says the document does not use there. */
  readonly words: readonly string[];
}

/** What composition did besides writing lines, for the answer's parts and the evaluation's checks. */
export interface CompositionRecord {
  readonly asked: AskedAspect[];
  readonly absent: AbsentLine[];
  /** A list's categories in the order it showed them. */
  readonly listed: CategoryId[];
  /** Categories the answer pointed to by what the asker streams ("按场景可参考「电商平台」"), beside those it answered. */
  readonly pointedTo: CategoryId[];
  /**
   * Source lines the answer needs shown, when more than the usual few: categories told apart row by row, each row
   * quoted (0: the usual).
   */
  sourcesWanted: number;
}

export type AnswerKind = "verdict" | "list" | "general" | "out-of-corpus" | "no-category" | "help" | "about";

export interface CompositionInput {
  readonly kind: AnswerKind;
  readonly rules: Rules;
  readonly templates: AnswerTemplates;
  readonly language: Language;
  readonly understanding: QuestionFrame;
  /** The qualification groups asked about: the question's own, or the conversation's ("几选一" after "我们是保险中介"). */
  readonly qualificationGroups: readonly string[];
  readonly verdict: Verdict;
  /** Aspects to answer; "method" when the question named none. */
  readonly aspects: readonly Aspect[];
  readonly citations: CitationCollector;
  /** For "general" answers: the retrieved chunks, best first. */
  readonly retrievedChunks: readonly CorpusChunk[];
  /** The question's own topic words, to bring in the notes, scope or scenario lines that speak of them. */
  readonly topicWords: readonly string[];
  /** The facts came from the conversation: say which topic the answer is about. */
  readonly inherited: boolean;
  /** Of the categories held, those asked about by name ("电商平台资质几选一" while holding more): what was asked is theirs. */
  readonly focus?: readonly CategoryId[];
  /** The category a turn adds as the one needed ("那要加什么" after a pointer): named, with its own requirements. */
  readonly added?: readonly CategoryId[];
  /** For a passage asked where to do something: the document's words for the places asked about (route-answer.ts). */
  readonly placeWords?: readonly string[];
  /** Categories the last answer covered, left out of a list asked for the rest ("其他的呢"). */
  readonly setAsideByTurn?: readonly CategoryId[];
  /** The categories a list is asked among ("其中资质是2选1的" after a group's options): the list keeps to them. */
  readonly withinByTurn?: readonly CategoryId[];
  /** The place of the one note the turn points at among those the last answer gave ("第二条呢"; -1 for the last). */
  readonly noteAtByTurn?: number;
  /** The place of the one qualification option or group the turn points at ("第二个呢" after "保险资质怎么选"). */
  readonly optionAtByTurn?: number;
  /** The groups the list is asked within, when the question named them ("金融类里哪些是3选1"), as the document writes them. */
  readonly withinGroupsByTurn?: readonly string[];
  /** Topic categories a follow-up's words say the asker is not for ("那私立的呢"), with those words (track-dialogue.ts). */
  readonly ruledOutByTurn?: ReadonlyArray<{ readonly id: CategoryId; readonly word: string }>;
  /** The turn asks whether a group fits a business said before that the document does not list (TurnFacts.fitOfBusinessBefore). */
  readonly fitOfBusinessBeforeByTurn?: boolean;
  /** The turn asks about a business described before in words the document lacks ("我们是开琴行的" then "该选哪个类目"). */
  readonly businessUnlistedByTurn?: boolean;
  /** Which option of the category's count is easiest was asked (TurnFacts.easeAmongOptions). */
  readonly easeAmongOptions?: boolean;
  /** Categories the turn names that the program's description ruled out earlier (DialogueTopic.notFor). */
  readonly notForEarlier?: readonly CategoryId[];
  readonly updated: string;
  /** A category's scenario, scope, notes and review, read from its corpus section. */
  readonly fields: (category: CategoryRule) => SectionFields;
  readonly labels: CorpusLabels;
  /**
   * The document's own text (a field, a note, a quoted line) as this answer says it: as written in Chinese answers,
   * in its English rendering in English ones (document-text.ts). Quotes among the sources stay as written.
   */
  readonly documentText: DocumentText;
  /** Words with which a quoted line gives its own reason (lexicon › dialogue.reasonGiven). */
  readonly reasonGiven: CueSet;
  /** Words asking about the qualification items themselves beside a why (lexicon › dialogue.itemsListing). */
  readonly itemsListing: CueSet;
  /**
   * Words for a category (lexicon › dialogue.categoryWords) and pointers back at one (dialogue.anaphora): a note
   * with a category word outside such a pointer ("需补充【时政信息】类目", not "选择该类目后") sends the asker to a category.
   */
  readonly categoryWords: CueSet;
  readonly anaphora: CueSet;
  /** Words of selling and buying (lexicon dialogue.tradeVerbs): the notes a question of trading is answered by. */
  readonly tradeVerbs: CueSet;
  /** Words of a note saying what its category does not allow (lexicon dialogue.noteDenials: 暂不支持, 不得). */
  readonly noteDenials: CueSet;
  /** Words that negate the word right after them (lexicon roles.negationAdjacent: 非, 不…): 处方药 inside 非处方药. */
  readonly negationAdjacent: CueSet;
  /** The categories the conversation was on before this turn: one asked about again is held, not chosen. */
  readonly heldBefore: readonly CategoryId[];
  /** Words of relation right after a group's word (lexicon dialogue.noteGroupAfter): a note naming a group ("医疗相关类目"). */
  readonly noteGroupAfter: CueSet;
  /** Words for a platform (lexicon roles.platform): in the question. */
  readonly platformWords: CueSet;
  /** Words of a scope saying its category is for a platform hosting others (lexicon roles.hostingScope). */
  readonly hostingScope: CueSet;
  /** The days a text of the document writes ("7天左右": 7), read by the lexicon's units (claimed-duration.ts). */
  readonly daysWritten: (text: string) => number | null;
  /** Words saying a review is the first code submission's (lexicon dialogue.firstTimeOnly). */
  readonly firstTimeOnly: CueSet;
  /** Collects what composition asked and said missing. */
  readonly record: CompositionRecord;
}

export interface Composition {
  readonly body: string[];
  readonly clarify: string[];
  readonly record: CompositionRecord;
}

