import { madeByOrganization } from "./subject-wording.js";
import type { CueHit, CueSet, MatchableText } from "../lexicon/cue-set.js";
import type { Aspect } from "../lexicon/lexicon-schema.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { CategoryId, Rules } from "../rules/rules-schema.js";
import type { CategoryMention, Subject } from "../rules/rules-engine.js";
import { readMentionRole, type MentionSpan } from "./mention-roles.js";
import { asksMethodsOnes, asksWhichTakeMethod, pointsBackBesides } from "./which-takes-method.js";
import { readPointersBack } from "./pointers-back.js";
import { compactForMatching, normalizeQuestion, termKey } from "./normalize-question.js";
import { lackableAspects, type QuestionFrame, type RoledMention } from "./question-frame.js";
import type { TermMatcher } from "./term-matcher.js";
import { buildQuestionVocabulary, type SubjectTarget, type VocabularyTarget } from "./question-vocabulary.js";
import { cutsTwoCharacterName, wordCutsIn } from "./word-cuts.js";
import { ofAnotherParty, programPieces, programPlace, type ProgramSegment } from "./program-segments.js";
import { subjectPointedAt } from "./program-pointers.js";
import { longestAt } from "./owner-openers.js";
import { itselfAloneAfter } from "./itself-alone.js";
import { askedProgram } from "./asked-program.js";
import { namesNoteGroup } from "./note-group.js";
import { countsAsAsked } from "./counts-as-asked.js";
import { asksWhichOfSeveral, everyOneAsked, countDescribesWhatIsAsked, qualificationCountAsked, type AskedQualificationCount } from "./qualification-count.js";
import { asksMethodNotUsed } from "./method-not-used.js";
import { notForSaid, notForWordsOf, statesNotForOfAsker } from "./not-for-qualifiers.js";
import { setOfAll } from "../shared/set-of-all.js";
import { containsHan } from "../shared/han-script.js";
import { detectLanguage, ownLanguageUndecided, withoutOnlyChineseNames, withoutOpeningEnglishName } from "./detect-language.js";
import { withoutInstructionSentences } from "./instruction-sentences.js";
import { asksForSource } from "./source-request.js";
import { pointsAtItems } from "./item-pointers.js";
import { lackedForFit, oncePerCategory, unlistedUnfit } from "./unlisted-unfit.js";
import { ContainmentIndex } from "./containment-index.js";
import { soundAlikeReader } from "./sound-alike.js";
import { memoized } from "../shared/memoize.js";
import { statedAsCategory } from "./stated-category.js";
import { readMoves } from "./conversational-moves.js";
import { withoutStickerCodes } from "./sticker-codes.js";
import { exampleWordsOf } from "./example-words.js";
import { unknownAskedApart } from "./unknown-apart.js";
import { approvalSaid, opensWithLoss } from "./held-status.js";
import { clauseAround, describesWhatFollows, liesInsideLonger, liesWithin, matchable, onlyBetween, sourceOf } from "./clauses.js";
import { asksNeededCategory as asksNeededCategoryOf } from "./needed-category.js";
import { readNamedMentions, scriptOf, type NamedMentions } from "./named-mentions.js";
import { narrowMentions, onlyDoingOf, type NarrowingRules } from "./narrow-mentions.js";
import { askedFacts } from "./asked-facts.js";
import { askersHeldCategories, readAskerAndProgram } from "./asker-and-program.js";
import { describesUnknownBusiness } from "./unknown-business.js";
import { readTopicWords, type TopicWordReader } from "./topic-words.js";
import { listedGroups, namesCategoryBesideGroups } from "./listed-groups.js";
import { withGroupsSaidWhole } from "./whole-group-said.js";
import { notePlacePointedAt, placePointedAt } from "./ordinal-pointer.js";
import { methodPointedAt } from "./method-pointer.js";
import { asksClassification, asksEase as asksEaseOf, asksFitAfterName, asksFitApartFromMethod, asksFitOfPointer, asksFitByApproval, asksGroupList, askedMethod, aspectsAsked, aspectsLacked, saysWhatStreamIsFor, withFit, withGroupQualification, withTrade } from "./aspects-asked.js";
import { notDoneTerms, wordsNotDone } from "./not-done.js";
import { asksLeaveToTrade, tellsMoreTrade } from "./trade-asked.js";
import { deniedByNamePart, namePartsOf, type NameParts } from "./denied-name-parts.js";
import { asksCountOfCategories, asksCountOfGroup, countBesidesAmong, asksIfAllUseMethod, asksWhichMethodHasMore } from "./count-questions.js";
import { namesBothSides, putForwardApart, weighsAlternatives } from "./weighs-alternatives.js";
import { asksSubjectApart } from "./subject-asked-apart.js";
import { subjectsCompared } from "./subjects-compared.js";
import { asksRowBeforeTopics, nearbyTopicsAsked, withoutAspectsOfTopics } from "./nearby-topics-asked.js";
import { readStreamedContent } from "./streamed-content.js";
import { asksForRest, followUpAfterAcknowledgement, hasAtMostCharacters, isLoneLatinWord, isWholeClause, isWholeMessage } from "./message-shape.js";
import { none } from "../shared/none.js";
import { pinyinInputReader } from "./pinyin-input.js";
import { heardPhraseReader, type HeardReading } from "./heard-phrases.js";
import { claimedReviewDuration, durationSaid } from "./claimed-duration.js";
import { cueSetsOf } from "../lexicon/load-lexicon.js";

export type { Language, QuestionFrame } from "./question-frame.js";

/** The corpus's words, so the frame can tell which topic words the document knows. */
export interface CorpusWords {
  /** Precise-mode words of a text. */
  segment(text: string): string[];
  /** Whether `segment` is told to keep the word whole (the lexicon's segmenter words, the categories' names). */
  keepsWhole?(word: string): boolean;
  knows(word: string): boolean;
  /** Whether the category's own section uses the word ("带看" in 房地产营销's scenario). */
  sectionSays?(category: CategoryId, word: string): boolean;
  /** Whether the document holds the text as written (a phrase the asker quotes from it: "暂不支持"). */
  documentSays?(text: string): boolean;
}

/** Questions this short follow up on the last one ("保险公司自己呢", "what about banks?"). */
const shortQuestionLength = 8;
const shortQuestionWords = 4;

// The roles of a category a piece about one program says it is or holds ("客户的是教育平台" reads 客户 as another party).
const heldInPiece: ReadonlySet<string> = new Set(["held", "other-party", "hypothetical", "pending"]);
const noPrograms: readonly ProgramSegment[] = Object.freeze([]);
// Right after an approval word, a particle that asks whether it happened ("批下来了吗", "续了没").
const questionParticleAfter = /^(?:吗|么|嘛|没|了吗|\?|？)/u;


// The memoised word checks keep words up to this long (a question's words are a few characters).
const longestCachedWord = 32;

// A message of pictographs alone (skin tones, joiners and marks aside).
const emojiOnly = /^[\s\p{P}\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{1F3FB}-\u{1F3FF}\u200D]+$/u;
// One emoji with its skin tone, variation selectors and joined parts taken off, as the lexicon writes it.
const emojiOrnaments = /[\u{FE0F}\u{1F3FB}-\u{1F3FF}]/gu;

/**
 * Whether a subject word said of the program stands in a clause that says where it is registered, outside mainland
 * China ("香港注册的公司", "a company registered in Singapore"; lexicon roles.abroadWords).
 */
function saidFromAbroad(terms: readonly string[], text: MatchableText, lexicon: Lexicon): boolean {
  const abroad = lexicon.roles.abroadWords.find(text);
  if (abroad.length === 0) return false;
  return terms.some((term) => {
    const script = containsHan(term) ? "zh" : "en";
    const source = sourceOf(text, script);
    // An English term is kept with hyphens for its spaces ("company-registered").
    const written = script === "zh" ? term : term.toLowerCase();
    const start = Math.max(source.indexOf(written), script === "en" ? source.indexOf(written.replace(/-/gu, " ")) : -1);
    if (start < 0) return false;
    const clause = clauseAround(source, { script, start, end: start + term.length }, lexicon.roles.clauseBreaks, text);
    return abroad.some((hit) => hit.script === script && hit.start >= clause.start && hit.end <= clause.end);
  });
}

/** What a message of emoji alone says: thanks or a greeting by an emoji the lexicon reads so; else a remark. */
function emojiAloneReading(written: string, lexicon: Lexicon): { thanks: boolean; greeting: boolean; remark: boolean } {
  const meanings = new Set([...written.replace(emojiOrnaments, "")].map((emoji) => lexicon.emojiAlone.get(emoji)).filter((meaning) => meaning !== undefined));
  const greeting = meanings.has("greeting");
  const thanks = !greeting && meanings.has("thanks");
  return { thanks, greeting, remark: !greeting && !thanks };
}

/** Deterministic question understanding over the rules' names and the lexicon's words; build once, call per question. */
export class QuestionUnderstander {
  private readonly vocabulary: TermMatcher<VocabularyTarget>;
  private readonly subjects: TermMatcher<SubjectTarget>;
  private readonly qualificationGroups: TermMatcher<string>;
  private readonly knownWords: Set<string>;
  /** The known words of two characters or more, by containment. */
  private readonly knownWordParts: ContainmentIndex;
  private readonly aspectCues: ContainmentIndex;
  private readonly corpusKnows: (word: string) => boolean;
  /** What narrows a name down: rules › notFor words and scope facts. */
  private readonly narrowing: NarrowingRules;
  private readonly topicWordReader: TopicWordReader;
  private readonly aspectWordOf: (word: string) => boolean;
  private readonly vocabularyWordOf: (word: string) => boolean;
  /** The categories whose qualification has each group ("保险中介机构主体" → 保险). */
  private readonly groupOwners: ReadonlyMap<string, readonly CategoryId[]>;
  /** The access methods' Chinese words, after which a ✅/❌ marks a way to stream, not a category held. */
  private readonly methodWords: readonly string[];
  /** The parts of every category's names, for a negation that denies one ("不是平台"). */
  private readonly nameParts: NameParts;
  /** Every category's former names, with the form the vocabulary matches them in. */
  private readonly formerNameTerms: ReadonlyArray<{ former: string; term: string; id: CategoryId }>;
  /** The groups' own words (教育, 汽车, finance): a group of one category is still a group counted ("汽车和房地产各有几个"). */
  private readonly groupTerms: ReadonlySet<string>;

  constructor(
    private readonly rules: Rules,
    readonly lexicon: Lexicon,
    private readonly corpusWords?: CorpusWords,
  ) {
    this.corpusKnows = memoized((word: string) => corpusWords?.knows(word) ?? false);
    this.narrowing = {
      rules,
      notForWords: notForWordsOf(rules),
      scopeFacts: new Set(rules.categories.flatMap((category) => category.scopeFacts.map(termKey))),
      onlyDoing: onlyDoingOf(rules),
    };
    this.nameParts = namePartsOf(rules, lexicon);
    this.topicWordReader = {
      segment: (text) => corpusWords?.segment(text) ?? [],
      isAspectWord: (word) => this.aspectWordOf(word),
      corpusKnows: this.corpusKnows,
      knowsWord: (word) => this.vocabularyWordOf(word),
      documentSays: (text) => corpusWords?.documentSays?.(text) ?? false,
    };
    // An English word by the aspects' English cues, endings included ("notes" by "note*").
    const aspectSets = [...lexicon.aspects.values()];
    // Questions repeat their words ("资质", "直播"): each is read once per process, not once per question. Longer
    // words are read each time (longestCachedWord), so a stream of long tokens cannot fill the cache with them.
    this.aspectWordOf = memoized((word: string) => {
      const compact = compactForMatching(word);
      if (this.aspectCues.someContains(compact) || this.aspectCues.someContainedIn(compact)) return true;
      return !containsHan(word) && aspectSets.some((cues) => cues.test(matchable(word, "en")));
    }, undefined, longestCachedWord);
    // A word that names a business of its own ("花店", "网店") is not known by being part of a longer word ("花店入驻":
    // a platform such shops join): the shop on its own is a business the document may lack.
    const { businessNouns } = lexicon.dialogue;
    const namesBusiness = (word: string) => containsHan(word) && businessNouns.endsText(matchable(word, "zh")) && !businessNouns.has(word);
    this.vocabularyWordOf = memoized((word: string) => {
      const compact = compactForMatching(word);
      return this.knownWords.has(compact) || (this.knownWordParts.someContains(compact) && !namesBusiness(word));
    }, undefined, longestCachedWord);
    const matcherOptions = {
      functionCharacters: lexicon.functionCharacters,
      confusable: lexicon.confusable,
      knownWord: this.corpusKnows,
      soundsAlike: soundAlikeReader(lexicon.data.soundAlike),
    };
    ({ vocabulary: this.vocabulary, subjects: this.subjects, qualificationGroups: this.qualificationGroups, knownWords: this.knownWords } =
      buildQuestionVocabulary(rules, lexicon, matcherOptions));
    this.readHeard = heardPhraseReader(lexicon.data.heardPhrases, matcherOptions);
    this.knownWordParts = new ContainmentIndex([...this.knownWords].filter((known) => known.length >= 2));
    this.aspectCues = new ContainmentIndex([...lexicon.aspects.values()].flatMap((cues) => cues.chineseCues));
    this.methodWords = [...lexicon.methods.native.chineseCues, ...lexicon.methods.plugin.chineseCues];
    const groupOwners = new Map<string, CategoryId[]>();
    for (const category of rules.categories) for (const group of category.qualification?.groups ?? []) groupOwners.set(group.who, [...(groupOwners.get(group.who) ?? []), category.id]);
    this.groupOwners = groupOwners;
    this.formerNameTerms = rules.categories.flatMap((category) => category.formerNames.map((former) => ({ former, term: compactForMatching(former), id: category.id })));
    this.groupTerms = new Set(rules.groups.flatMap((group) => [group.primary, ...group.terms, ...group.englishTerms].map(compactForMatching)));
    this.matchers = { vocabulary: this.vocabulary, subjects: this.subjects };
    this.categoriesNotForSome = rules.categories.filter((category) => category.notFor.length > 0).map((category) => category.id);
  }

  /** Words of what is asked typed by sound, read as meant (lexicon › heardPhrases). */
  private readonly readHeard: (text: string) => HeardReading | null;

  /** The categories some words say an asker is not for (rules › notFor). */
  private readonly categoriesNotForSome: readonly CategoryId[];

  private readonly matchers: { readonly vocabulary: TermMatcher<VocabularyTarget>; readonly subjects: TermMatcher<SubjectTarget> };

  /** Whether a word is itself one of the vocabulary's names (a category's, an unlisted business's, a subject's), not part of one. */
  isVocabularyName(word: string): boolean {
    return this.knownWords.has(compactForMatching(word));
  }

  /** Whether a word is part of the bot's vocabulary (a category, subject or aspect word). */
  knowsWord(word: string): boolean {
    return this.vocabularyWordOf(word);
  }

  /**
   * Whether a word only says what is asked ("资质", "多久", "live-pusher"), not what the question is about. Read in
   * the compact form the cues are kept in: jieba keeps "live-pusher" whole, the cue is "livepusher".
   */
  isAspectWord(word: string): boolean {
    return this.aspectWordOf(word);
  }

  /**
   * Every category a text names, whatever is said of it: for reading the bot's own answer (which categories a
   * model may name after it), where roles, aspects and topic words would be work for nothing.
   */
  namedCategories(text: string): Set<CategoryId> {
    const normalized = normalizeQuestion(text, [], this.lexicon.regionalWords, this.lexicon.statusMarks, this.methodWords, this.lexicon.expandShorthands);
    const named = new Set<CategoryId>();
    for (const match of this.vocabulary.match(normalized.compact, normalized.lower)) {
      for (const target of match.targets) {
        if (target.kind === "category") named.add(target.id);
        else if (target.kind === "group") target.ids.forEach((id) => named.add(id));
      }
    }
    return named;
  }

  /**
   * The question's frame; a message describing two or more programs ("客户的是教育平台,我们自己的是多方通信") also gets
   * each program's categories and subject, each piece read on its own.
   */
  understand(written: string, extraMentionNames: readonly string[] = []): QuestionFrame {
    const question = withoutStickerCodes(written, this.lexicon);
    const understood = this.understandWritten(question, extraMentionNames);
    // "[OK][强]": stickers and nothing else acknowledge the last answer, as "收到" does; emoji alone say what the lexicon
    // reads them as ("🙏" thanks, "👋" greets), or nothing to answer ("😂": a remark).
    const alone = understood.normalized.compact === "" && written.trim() !== "";
    const frame = alone && question !== written ? { ...understood, thanks: true } : alone && emojiOnly.test(written) ? { ...understood, ...emojiAloneReading(written, this.lexicon) } : understood;
    // "审合时间多长": a word of what is asked typed by sound is read as meant, and the answer says how it was read.
    const heard = this.readHeard(frame.normalized.text);
    if (heard !== null) {
      const reread = this.understandWritten(heard.text, extraMentionNames);
      const { traditional, truncated } = frame.normalized;
      return { ...reread, typos: [...reread.typos, ...heard.heard.map((term) => ({ term }))], normalized: { ...reread.normalized, traditional, truncated } };
    }
    // "gongmu jijin neng zhibo ma": a message of letters naming nothing may be Chinese typed in pinyin.
    if (frame.roled.length > 0 || frame.subject !== null || frame.unlisted.length > 0 || containsHan(question)) return frame;
    const read = this.readPinyin(question);
    if (read === null) return frame;
    const fromPinyin = this.understandWritten(read, extraMentionNames);
    const namesSomething = fromPinyin.roled.length > 0 || fromPinyin.subject !== null || fromPinyin.unlisted.length > 0;
    if (!namesSomething) {
      // The cue index holds the reading's text now: the composers read the question's.
      this.lexicon.cueIndex.scan(frame.normalized);
      return frame;
    }
    return { ...fromPinyin, readFromPinyin: read };
  }

  /** Reads pinyin letters as the Chinese words the bot knows (pinyin-input.ts): its vocabulary's names and the lexicon's cues. */
  private readonly readPinyin = pinyinInputReader(() => [
    ...[...this.knownWords].map((word) => ({ word, vocabulary: true })),
    ...cueSetsOf(this.lexicon).flatMap((set) => set.chineseCues.map((word) => ({ word, vocabulary: false }))),
  ]);

  private understandWritten(question: string, extraMentionNames: readonly string[]): QuestionFrame {
    const frame = this.readQuestion(question, extraMentionNames);
    if (this.readingPiece) return frame;
    // Read while the cue index still holds the question: reading a piece scans the piece.
    const pieces = programPieces(frame.normalized, this.lexicon);
    if (pieces.length === 0) return frame;
    this.readingPiece = true;
    let programs: Array<ProgramSegment & { readonly sameAsOther: boolean }>;
    try {
      programs = pieces.map((piece) => {
        const read = this.readQuestion(piece.text, extraMentionNames);
        // "我们是驾校平台,同学能直播宠物吗": what another party is said to do is not this piece's program's.
        const inPiece = (mention: RoledMention) => heldInPiece.has(mention.role) && !(mention.role === "other-party" && ofAnotherParty(mention.cue, piece, this.lexicon));
        const categories = [...new Set(read.roled.filter((mention) => inPiece(mention) && mention.candidates.length === 1).map((mention) => mention.candidates[0]!))];
        // Of several vague words, the last: a description ends with what the program is ("一家给学员做付费培训的驾校").
        const vague = categories.length === 0 ? read.roled.findLast((mention) => inPiece(mention) && mention.candidates.length > 1 && !mention.scenario) : undefined;
        const options = vague ? { options: { term: vague.term, candidates: vague.candidates } } : {};
        // "朋友是个人开的小程序…": said of the piece's owner, the subject is its program's.
        const askersOwn = piece.owner !== "" && this.lexicon.roles.askerOpeners.isWhole(matchable(piece.owner, containsHan(piece.owner) ? "zh" : "en"));
        // "客户B是区政府": a subject word after a letter or place opener ("b是") is the program's, as it is said bare
        // ("是区政府"); read without the opener when nothing else of the piece is read.
        const subject = read.subject ?? read.ownersSubject ?? (categories.length === 0 && read.unlisted.length === 0 ? this.subjectWithoutOpener(piece) : null);
        return { label: piece.label, owner: piece.owner, ...(askersOwn ? { askersOwn } : {}), categories, subject, unlisted: read.unlisted, ...options, sameAsOther: this.lexicon.dialogue.sameAsOther.test(read.normalized) };
      });
    } finally {
      this.readingPiece = false;
      // Callers read cue sets on the question after this (the composers do): the index holds it again.
      this.lexicon.cueIndex.scan(frame.normalized);
    }
    // "我们是企业,想做一样的": a program to be like one described before it takes its categories.
    const withSame = programs.map(({ sameAsOther, ...program }, index) => {
      const like = sameAsOther && program.categories.length === 0 ? programs.slice(0, index).findLast((before) => before.categories.length > 0) : undefined;
      return like ? { ...program, categories: like.categories } : program;
    });
    const described = withSame.filter((program) => program.categories.length > 0 || program.subject !== null || (program.unlisted?.length ?? 0) > 0 || program.options !== undefined);
    return described.length >= 2 ? { ...frame, programs: described, askedProgram: askedProgram(described, frame.normalized, this.lexicon) } : frame;
  }

  /**
   * "我们是中介不是保险公司", "不是保险公司,是中介": the word of another qualification group of the same category, denied
   * beside the group the asker says it is, tells the groups apart — the category is not said to be lacking. The
   * denied word takes the role of the group said (held, or supposed: "如果不是保险公司而是中介呢").
   */
  private groupsToldApart(mentions: readonly RoledMention[], named: NamedMentions, text: MatchableText): readonly RoledMention[] {
    if (!mentions.some((mention) => mention.role === "negated")) return mentions;
    const said = this.qualificationGroups.match(text.compact, text.lower).flatMap((match) => {
      const { role } = readMentionRole(named.spanOf(match), named.allSpans, text, this.lexicon);
      return role === "held" || role === "hypothetical" ? match.targets.map((group) => ({ group, role })) : [];
    });
    if (said.length === 0) return mentions;
    return mentions.map((mention) => {
      if (mention.role !== "negated") return mention;
      const denied = new Set(this.qualificationGroups.match(compactForMatching(mention.term), mention.term.toLowerCase()).flatMap((match) => match.targets));
      const other = said.find(({ group }) => !denied.has(group) && [...denied].some((deniedGroup) => this.sameCategoryGroups(group, deniedGroup, mention.candidates)));
      if (other === undefined) return mention;
      // Named by its other word as well ("是保险中介,不是保险公司"), the category is that word's: this one only names.
      const namedElsewhere = mentions.some((another) => another !== mention && another.role !== "negated" && another.candidates.some((id) => mention.candidates.includes(id)));
      return { ...mention, role: namedElsewhere ? ("named-thing" as const) : other.role };
    });
  }

  /** Whether two qualification groups belong to one category among the candidates. */
  private sameCategoryGroups(group: string, other: string, candidates: readonly string[]): boolean {
    const owners = this.groupOwners.get(other) ?? [];
    return (this.groupOwners.get(group) ?? []).some((id) => owners.includes(id) && candidates.includes(id));
  }

  /**
   * The subject a piece opened by a letter or place ("b是区政府", "第二个是政府单位") says of its program, read from after
   * its opener; null for an owner's piece ("客户是…", whose words say whose it is) or when none is said.
   */
  private subjectWithoutOpener(piece: { readonly label: string; readonly owner: string; readonly text: string }): Subject | null {
    if (piece.owner !== "") return null;
    const { programPlaceOpeners, programLetterOpeners, programOpenerEnds } = this.lexicon.dialogue;
    const script = containsHan(piece.text) ? "zh" : "en";
    // The opener as written: a place's or a letter's cue ("一个是", "b是"), else the label it gave.
    const lower = piece.text.toLowerCase();
    const opener = Math.max(longestAt(programPlaceOpeners, lower, 0, script).end, longestAt(programLetterOpeners, lower, 0, script).end, piece.label !== "" && lower.startsWith(piece.label.toLowerCase()) ? piece.label.length : 0);
    if (opener === 0) return null;
    const rest = piece.text.slice(opener);
    const said = rest.slice(longestAt(programOpenerEnds, rest.toLowerCase(), 0, script).end).trim();
    return said === "" ? null : this.readQuestion(said, []).subject;
  }

  /** Set while a piece of a message is read, so a piece is never split again. */
  private readingPiece = false;

  private readQuestion(question: string, extraMentionNames: readonly string[]): QuestionFrame {
    const normalized = normalizeQuestion(question, extraMentionNames, this.lexicon.regionalWords, this.lexicon.statusMarks, this.methodWords, this.lexicon.expandShorthands);
    // The question as every cue set reads it, here and when the answer is composed: read once for all of them.
    const text: MatchableText = normalized;
    const { lexicon } = this;
    lexicon.cueIndex.scan(text);
    // "补习社直播" holds 社直: a two-character name the segmenter is told to keep whole, yet cuts in two, stands in two
    // other words there. The segmentation is made once, when such a name is found (the topic words read it again,
    // from the tokenizer's last-text cache).
    let cuts: ReadonlySet<number> | null = null;
    const wordCuts = () => (cuts ??= wordCutsIn(text.compact, this.topicWordReader.segment(normalized.text)));
    const { corpusWords } = this;
    const cutApart = corpusWords?.keepsWhole ? (term: string, start: number, end: number) => corpusWords.keepsWhole!(term) && cutsTwoCharacterName(wordCuts, start, end) : undefined;
    const named = readNamedMentions(text, this.matchers, lexicon, cutApart);
    const { matches, matchSpans, allSpans, spanOf } = named;
    const deniedByPart = deniedByNamePart(text, allSpans, this.nameParts, lexicon);
    const { consistent: narrowed, holdsOnly, notFor, readAsNarrowed } = narrowMentions(named, text, lexicon, this.narrowing, deniedByPart.length > 0 ? { ids: new Set(deniedByPart.map(({ id }) => id)), sectionSays: (id, word) => this.corpusWords?.sectionSays?.(id, word) ?? false } : undefined);
    const consistent = this.groupsToldApart(narrowed, named, text);
    // What is asked, read once: it decides whether another party's categories are asked about, and the frame's aspects.
    const askedAspects = aspectsAsked(text, matchSpans, lexicon);
    const { mentions: factMentions, unlisted: factUnlisted, askedOnly, additive, ofOthers, measured, askersOwn } = askedFacts(named, consistent, askedAspects, text, lexicon, this.rules);
    // One business on its own, or no platform ("不是平台,就一家服装店"), unless the message speaks of becoming one.
    const saysNotPlatform = lexicon.roles.notPlatform.test(text) || (lexicon.roles.singleBusiness.test(text) && !lexicon.roles.platform.test(text));
    // "卖茶叶的,不是平台,想直播带货": found only by what a category streams, an asker who says it is no platform is the kind
    // the rules name outside that category's scope (rules › unlisted.outsideScopeOf: 商家自营 for 电商平台).
    const ownKind = saysNotPlatform ? kindOutsideScope(factMentions, this.rules) : null;
    const mentions = ownKind === null ? factMentions : [];
    const unlisted = ownKind === null || factUnlisted.includes(ownKind) ? factUnlisted : [...factUnlisted, ownKind];
    // "能在直播间卖保健品吗": the notes that limit trading answer it, with the verdict of a category (answer.ts) — not a
    // question of which category to choose ("Which category can I use to sell courses?"), nor of a business the
    // document does not list, named alone ("可以做二手车买卖直播吗").
    const namesOnlyUnlisted = mentions.length === 0 && unlisted.length > 0;
    const tradeAsked =
      !askedAspects.includes("choose") &&
      !askedAspects.includes("list") &&
      !namesOnlyUnlisted &&
      (asksLeaveToTrade(text, matchSpans, lexicon, streamedActivities(named, lexicon)) || tellsMoreTrade(text, lexicon));
    const asker = readAskerAndProgram(named, consistent, ofOthers, text, lexicon);
    const { subject } = asker;
    // "我们不是个人主体,是企业": the words of what the asker says it is or is not say whose the program is, not what the
    // question is about; a customer's ("来查询的有个人") still is.
    // Nor are the words of a misspelt name ("驾小培训" cut into 驾, 小, 培训): the name read stands for them.
    const misspelt = matches.filter((match) => match.typo).map((match) => {
      const span = spanOf(match);
      return sourceOf(text, span.script).slice(span.start, span.end);
    });
    // Nor are the words opening a correction ("不对,我们其实是个人认证的"): they say what the message does, not what it is about.
    const correction = [...lexicon.dialogue.correctionOpeners.find(text), ...lexicon.roles.takenBack.find(text)].filter((hit) => hit.start === 0).map((hit) => hit.cue);
    const besidesTopic = misspelt.length > 0 || correction.length > 0 ? [...asker.saidOfAsker, ...misspelt, ...correction] : asker.saidOfAsker;
    const { topicWords, unknownWords } = this.corpusWords ? readTopicWords(normalized.text, besidesTopic, this.topicWordReader, lexicon) : { topicWords: [], unknownWords: [] };
    const injection = lexicon.injection.test(text);
    // Chinese names alone in an English question ("What about 消费金融?") are written alike in either language's: the words
    // around them tell.
    const questionText = injection ? withoutInstructionSentences(normalized, lexicon) : normalized.text;
    // "hi 我们是一家 securities company…", "are you sure 不是用插件?": an English greeting or doubt opening a Chinese question
    // frames nothing; the rest decides.
    const languageText = withoutEnglishOpener(questionText, lexicon);
    // "private equity 能不能…卖产品": an English name opening a Chinese question frames nothing either.
    const asksInChinese = (clause: string) => lexicon.dialogue.asking.test(matchable(clause, "zh"));
    // …or weighs one thing against another in Chinese ("用插件还是原生?").
    const weighsInChinese = (clause: string) => asksInChinese(clause) || lexicon.dialogue.alternativeBetween.test(matchable(clause, "zh"));
    const unnamedText = withoutOpeningEnglishName(languageText, () => matchSpans.filter((span) => span.script === "en").map((span) => text.lower.slice(span.start, span.end)), weighsInChinese);
    const language = detectLanguage(withoutOnlyChineseNames(unnamedText, () => matchSpans.filter((span) => span.script === "zh").map((span) => text.compact.slice(span.start, span.end))), asksInChinese);
    // "是保险中介,不是保险公司": the group said not to apply does not count; nor does one of another category than
    // those named ("房产中介能用这个类目吗" names no group of 房地产营销), nor one beside an unlisted name or a subject and
    // no category ("房产中介能直播吗", "we are a government agency"): the group's word is theirs.
    const namedIds = setOfAll(mentions, (mention) => mention.candidates);
    const namesOtherThanGroups = namedIds.size === 0 && (unlisted.length > 0 || subject !== null);
    const qualificationGroups = [
      ...new Set(
        this.qualificationGroups
          .match(text.compact, text.lower)
          // "如果是保险公司本身呢": a group only supposed is the one asked about; "我们有个客户是保险中介,他们要几选一":
          // so is another party's, when the question is about that party's program.
          .filter((match) => {
            const { role } = readMentionRole(spanOf(match), allSpans, text, lexicon);
            return role === "held" || role === "hypothetical" || (ofOthers && role === "other-party");
          })
          .flatMap((match) => match.targets)
          .filter((group) => (namedIds.size === 0 ? !namesOtherThanGroups : this.groupOwners.get(group)?.some((id) => namedIds.has(id)))),
      ),
    ];
    // A cue before a category named, only `gap` words between: "要是选多方通信", "换成多方通信", "能用房地产营销类目吗".
    // A choice or switch may describe what it picks first ("换成有线下校区的培训学校").
    const standsBeforeMention = (cues: CueSet, gap: CueSet = lexicon.roles.joiners, described = false) =>
      cues.find(text).some((hit) =>
        matchSpans.some((span) => onlyBetween(gap, hit, span, text) || (described && span.script === hit.script && span.start >= hit.end && describesWhatFollows(sourceOf(text, hit.script).slice(hit.end, span.start), hit.script, lexicon))),
      );
    const short = hasAtMostCharacters(normalized.compact, shortQuestionLength) || (language === "en" && normalized.lower.split(/\s+/u).filter(Boolean).length <= shortQuestionWords);
    // "说英文" asks for English only as the whole message: "主播全程说英文,能直播吗", "Can Chinese banks stream?" ask
    // about streaming.
    const { answerInEnglish, answerInEnglishShort, answerInChinese, answerInChineseShort, answerInTraditional, answerInTraditionalShort, answerInSimplified, answerInSimplifiedShort, languageRequestCompanions } = lexicon.dialogue;
    // "用简体中文总结一下", "in English, sum it up": a request for the last answer again may go with it.
    // …or as a clause of its own beside what it is asked of ("回到刚才那个职业培训,英文说一下").
    const requested = (anywhere: CueSet, whole: CueSet) =>
      anywhere.test(text) || isWholeMessage(whole, normalized, [languageRequestCompanions, lexicon.dialogue.askAgain]) || isWholeClause(whole, text, [languageRequestCompanions, lexicon.dialogue.askAgain]);
    // "换成繁体说一下": Chinese in traditional characters (or back in simplified ones), whatever script the request is in.
    const answerScript = requested(answerInTraditional, answerInTraditionalShort) ? "traditional" : requested(answerInSimplified, answerInSimplifiedShort) ? "simplified" : null;
    const asksEnglish = requested(answerInEnglish, answerInEnglishShort);
    const asksChinese = !asksEnglish && (answerScript !== null || requested(answerInChinese, answerInChineseShort));
    const answerLanguage = asksEnglish ? "en" : asksChinese ? "zh" : language;
    const languageUndecided = !asksEnglish && !asksChinese && ownLanguageUndecided(text, allSpans);
    // "没看懂", "能再解释一下吗", "what do you mean?": the last answer asked for again, as the whole message — which then
    // names nothing (read only then: most questions name a category, and the set is scanned on demand).
    const asksAgainWhole = consistent.length === 0 && unlisted.length === 0 && isWholeMessage(lexicon.dialogue.askAgain, normalized, [lexicon.dialogue.askAgainCompanions]);
    const pushback = lexicon.dialogue.pushback.test(text);
    // "房产中介能用房地产营销类目吗": whether a named category fits is what its scope says.
    const { fitVerbs, fitGap } = lexicon.dialogue;
    // "多方通信类目能不能拿来卖音视频硬件": a category asked whether it may be used for something (lexicon usedFor) is asked
    // whether it fits.
    // Naming none, a follow-up asks it of the topic's ("那也可以拿来直播卖药吧").
    const usedFor = lexicon.dialogue.usedFor.find(text).some((hit) => !saysWhatStreamIsFor(hit, text, lexicon) && (matchSpans.length === 0 || matchSpans.some((span) => span.script === hit.script && span.end <= hit.start)));
    // "…用什么接入,幼儿园能用这个吗": a clause of its own asks the fit, whatever the other asks (the method).
    const fitOfPointer = asksFitOfPointer(text, matchSpans, lexicon);
    const asksFit =
      standsBeforeMention(fitVerbs, fitGap) ||
      asksFitAfterName(text, matchSpans, lexicon) ||
      usedFor ||
      asksFitByApproval(text, matchSpans, lexicon) ||
      asksClassification(text, matchSpans, lexicon) ||
      fitOfPointer;
    // "编两个也行", "just say yes": a request about the last answer, made to bend it (`injection`, read above).
    // "要有什么类目才能用原生": which category it takes — a list of the method when there is no topic (the tracker decides).
    // Near-by topics the document does not cover, read once: "加打赏功能要额外类目吗" asks about tipping, not for a list.
    // Not a word inside a name ("us share prices" names a category; 税务局 a body).
    // Nor a word inside a longer one of the notes ("pay the full price": what a note limits, not fees).
    const nearbyTopics = nearbyTopicsAsked(
      text,
      lexicon,
      (hit, script) => named.insideBodyName(hit, script) || liesInsideLonger({ script, start: hit.start, end: hit.end }, matchSpans) || liesInsideLonger(hit, lexicon.aspects.get("notes")?.find(text) ?? []),
    );
    const asksNeededCategory =
      nearbyTopics.length === 0 && (asksNeededCategoryOf(text, lexicon) || isWholeMessage(lexicon.dialogue.neededCategoryAlone, normalized, [lexicon.dialogue.askAgainCompanions]));
    // "社交直播可以打赏付款吗": a near-by topic the document does not cover (tipping and payment) is what is asked.
    const asksTrade = tradeAsked && nearbyTopics.length === 0;
    // The one method named, read once: the condition and count readings below and the frame all use it.
    const namedMethod = askedMethod(text, lexicon);
    // "要直播上课需要具备什么条件": what it takes, the qualifications — not the condition for a method named.
    // Not "做宠物直播要申请什么类目": which category is asked (asksNeededCategory), not what it takes.
    const conditionAspects =
      !askedAspects.includes("qualification") && lexicon.dialogue.conditionAsked.test(text) && namedMethod === null && !asksNeededCategory ? [...askedAspects, "qualification" as const] : askedAspects;
    const tradeAspects = withTrade(measured ? [...conditionAspects, "compare"] : conditionAspects, asksTrade);
    // "can we pick the public hospital category?": a choosing verb right before the one category named asks whether it
    // fits, not which to choose — when every word of choosing read is such a verb ("pick insurance or bank?" chooses).
    const fitVerbsBeforeNames = asksFit && mentions.length === 1 ? fitVerbs.find(text).filter((hit) => matchSpans.some((span) => onlyBetween(fitGap, hit, span, text))) : [];
    const choiceIsFit = fitVerbsBeforeNames.length > 0 && tradeAspects.includes("choose") && (lexicon.aspects.get("choose")?.find(text) ?? []).every((hit) => liesWithin(hit, fitVerbsBeforeNames));
    const fitted = withFit(withGroupQualification(choiceIsFit ? tradeAspects.filter((aspect) => aspect !== "choose") : tradeAspects, qualificationGroups), asksFit, usedFor || fitOfPointer || asksFitApartFromMethod(text, matchSpans, lexicon));
    // "原生的类目和插件的类目哪个多": both methods' lists, whichever is named.
    // "是不是所有类目都能用live-pusher": the same, every method's categories.
    const comparesMethods = consistent.length === 0 && (asksWhichMethodHasMore(text, lexicon) || asksIfAllUseMethod(text, lexicon));
    // Names only asked about ("信托和公募基金能直播吗"), none the asker's own or held: also a category named among groups
    // asked which take a method ("教育、电商、金融哪些要用插件"), listed with them (listed-groups.ts).
    const speaksOfHolding = lexicon.dialogue.holdingWords.test(text);
    const onlyAsksAbout = !lexicon.roles.askerOpeners.test(text) && !speaksOfHolding;
    const amongGroups = onlyAsksAbout && namesCategoryBesideGroups(consistent);
    // The qualification count the question asks by, read once when first needed (the list reading and the frame both use it).
    let countRead: AskedQualificationCount | null | undefined;
    const countWritten = () => (countRead === undefined ? (countRead = qualificationCountAsked(text, lexicon)) : countRead);
    // "是不是只有社交直播才能用原生": whether the categories named are the only ones taking the method asked — which others
    // do answers, as a list with those set aside (mention-roles.ts).
    const onlyOnesCues = [lexicon.roles.onlyOnesAsked, lexicon.roles.onlyOnesBefore, lexicon.roles.onlyOnesAfter];
    const asksOnlyOnes = namedMethod !== null && consistent.some((mention) => mention.role === "excluded" && mention.cue !== null && onlyOnesCues.some((cues) => cues.has(mention.cue!)));
    const listed =
      asksOnlyOnes ||
      // "要有什么类目才能用原生": the categories of the method (or count) asked. Not "What category do we need?" asked of
      // nothing by either: that asks which fits the asker, as "选什么类目" does, not for a list.
      ((asksNeededCategory && (namedMethod !== null || countWritten() !== null)) ||
        asksGroupList(text, lexicon) ||
        // "能走原生的类目有几个", "教育类目有几个要用插件": of the document's categories, or of a group's.
        (consistent.every((mention) => mention.candidates.length > 1) && asksCountOfCategories(text, namedMethod, lexicon)) ||
        // "除了电商平台还有哪些要插件", "哪些要插件": which ones take a method, no category held named — not "哪个插件" (which
        // plugin), nor among those pointed back at ("这几个类目里哪个能用原生"). A group named is where to look: "教育类哪些要插件".
        (namedMethod !== null &&
          (amongGroups || !consistent.some((mention) => mention.role === "held" && mention.candidates.length === 1)) &&
          !pointsBackBesides(text, lexicon) &&
          asksWhichTakeMethod(text, namedMethod, lexicon)) ||
        // …or the method's word first, naming nothing ("插件的有哪些", "原生组件的有多少个").
        (namedMethod !== null && consistent.every((mention) => mention.candidates.length > 1) && asksMethodsOnes(text, namedMethod, lexicon)) ||
        // "用插件的类目里哪些是2选1": which of a method's categories have the count written. "5选1的有哪些", "3选1的类目有
        //几个": which or how many have it, the count describing what is asked for — not "3选1具体是哪些", its items.
        // "资质要求是空白的有哪些", "写的是斜杠的是哪个": a row left empty has no items to ask, so which ones are the categories.
        // "跟电商平台一样是二选一的还有谁": a category named only as the measure asks which others have the count.
        (consistent.every((mention) => mention.role === "named-thing") &&
          (lexicon.dialogue.whichOnes.test(text) || (namedMethod === null && lexicon.dialogue.countOfThem.test(text))) &&
          ((countWritten()?.kind === "choice" && (namedMethod !== null || countDescribesWhatIsAsked(text, countWritten(), lexicon))) || countWritten()?.kind === "none")) ||
        // "有没有不需要资质的类目", "are there any categories that are one of three?": whether any category has the count.
        (consistent.length === 0 && countWritten() !== null && lexicon.dialogue.existenceAsked.test(text) && lexicon.dialogue.categoryWords.test(text)) ||
        comparesMethods) &&
      !fitted.includes("list")
        ? [...fitted, "list" as const]
        : fitted;
    // "该选驾校平台还是教育平台": which of the categories weighed to choose is what their scopes say.
    // The mentions read as held, by their match (the readings keep the matches' order).
    const heldMatches = new Set(consistent.length === matches.length ? matches.filter((_, index) => consistent[index]!.role === "held") : []);
    // "宠物直播应该选什么类目?是不是电商平台就够了", "明星直播该开哪个类目?电商平台行不行": in a question of which to choose,
    // a category put forward in a clause of its own that asks is weighed against the other named — not held beside it,
    // unless the asker says it is or has them. Not two named in one clause ("信托跟私募基金这俩咋选"), told apart by
    // choosesBetween below, nor ones only described ("One driving school here, we sell paid online lessons; which…").
    const weighedAgainstScene = listed.includes("choose") && !asker.assertsIdentity && !speaksOfHolding && putForwardApart(consistent, matches.map(spanOf), text, lexicon);
    const alternatives = weighsAlternatives(matches, text, lexicon, heldMatches) || weighedAgainstScene;
    const weighedOnly = alternatives && listed.includes("choose") && !listed.includes("scope") ? [...listed, "scope" as const] : listed;
    // "银行资质满足一个就行吗", "三个都要吗": whether one option is enough, asked of the qualifications named — or bare, as a
    // follow-up to them ("满足一个就行吗", which carries the last answer's rows). Not of categories ("电商平台和社交直播只要
    // 一个就行吗": holding both is what the document speaks of) nor of anything else ("每个都要审核吗").
    const namesNothingElse = consistent.length === 0 && weighedOnly.length === 0 && askedMethod(text, lexicon) === null;
    // Words of handing in ("银行两个都要交吗", "企业征信是不是全部都得交") ask it of the qualifications themselves — unless a
    // near-by topic is what is handed in ("保证金都要交吗": fees).
    const handsIn = lexicon.dialogue.countRuleHanded.test(text) && nearbyTopics.length === 0;
    const everyOneOf = everyOneAsked(text, lexicon);
    // "都要?", "5个?" as the whole message: a check on the count just given.
    const checksCount = () => namesNothingElse && isWholeMessage(lexicon.dialogue.countCheckAlone, normalized, [lexicon.dialogue.askAgainCompanions]);
    const asksCountRule = ((lexicon.dialogue.countRuleAsked.test(text) || everyOneOf !== null) && (weighedOnly.includes("qualification") || namesNothingElse)) || handsIn || checksCount();
    const weighedAspects = asksCountRule && !weighedOnly.includes("qualification") ? [...weighedOnly, "qualification" as const] : weighedOnly;
    // "3选1是什么意思", "what does 二选一 mean": the count written is what is explained, not a category's scope.
    // Read only where the count written is read for the frame anyway (qualifications asked, or nothing else), and the
    // meaning words only then: their set is scanned on demand.
    // A count, all items, or the row written "/" ("斜杠啥意思"), not an empty row.
    const explainable = (count: AskedQualificationCount | null) => count !== null && (count.kind !== "none" || count.slashOnly === true);
    const asksCountMeaning =
      (weighedAspects.includes("qualification") || weighedAspects.includes("list") || weighedAspects.length === 0) &&
      explainable(countWritten()) &&
      lexicon.dialogue.meaningAsked.test(text);
    // "选电商平台会不会被驳回", "免得审核被打回": whether a submission is turned back, which asks no review time unless a word
    // of time does ("被驳回后重审要多久").
    // "审核被拒了,原因是啥", "银行类目审核没通过,咋回事", "got rejected, what now?": a word of refusal, then one asking why
    // or what to do, asks it too.
    const refusals = lexicon.roles.notApproved.find(text);
    const askedAfterRefusal = (cues: CueSet) => cues.find(text).some((asked) => refusals.some((refusal) => asked.script === refusal.script && asked.start >= refusal.end));
    // What to do next, or its reason, asked after the refusal (read once: the frame keeps it) — or a refusal only told
    // ("我们类目被驳回了", "Our trust category submission was rejected."), of the program or of all the categories named,
    // which wants the same. Not one only not yet approved ("类目还没批下来", lexicon roles.refused), nor one beside
    // something else asked ("银行类目被驳回过,要补什么资质", "social live被拒了,那现在用什么组件"); the review read from the
    // refusal's own words ("审核被打回了") asks nothing.
    const turnedDown = (mention: RoledMention) => mention.role === "pending" || (mention.role === "negated" && mention.cue !== null && lexicon.roles.refused.has(mention.cue));
    const toldOnly = askedAspects.every((aspect) => aspect === "review" && refusals.length > 0 && !lexicon.dialogue.reviewTimeAsked.test(text)) && namedMethod === null;
    const refusalHandled =
      refusals.length > 0 && (askedAfterRefusal(lexicon.dialogue.rejectionHandled) || (toldOnly && consistent.every(turnedDown) && refusals.some((refusal) => lexicon.roles.refused.has(refusal.cue))));
    const asksRejection = lexicon.dialogue.rejectionAsked.test(text) || refusalHandled || (refusals.length > 0 && askedAfterRefusal(lexicon.dialogue.why));
    // "选得跟实际功能不一样会咋样": a category not matching what the program does, its consequence asked (the document's note:
    // such an application is turned back).
    const { categoryMismatch, mismatchOf, consequenceAsked } = lexicon.dialogue;
    // The consequence first: it is read from the question's index; the other two sets scan only the few questions asking one.
    const asksCategoryMismatch = !asksRejection && consequenceAsked.test(text) && categoryMismatch.test(text) && mismatchOf.test(text);
    const withoutReviewTime = asksRejection && !lexicon.dialogue.reviewTimeAsked.test(text);
    const readAspects = asksCountMeaning || withoutReviewTime ? weighedAspects.filter((aspect) => (aspect !== "scope" || !asksCountMeaning) && (aspect !== "review" || !withoutReviewTime)) : weighedAspects;
    // "公募基金和私募基金这两个类目怎么选": which of two categories named to choose is what tells them apart — their scopes
    // and notes, as 区别 asks.
    const namedApart = new Set(mentions.filter((mention) => mention.candidates.length === 1 && !mention.scenario).map((mention) => mention.candidates[0]));
    // Not which is easier to get ("保险和公募基金,哪个类目容易申请"): the document ranks none.
    const asksEase = asksEaseOf(text, lexicon);
    const choosesBetween = readAspects.includes("choose") && !readAspects.includes("compare") && namedApart.size >= 2 && !asksEase;
    const topicAspects = withoutAspectsOfTopics(choosesBetween ? [...readAspects, "compare"] : readAspects, nearbyTopics, text, lexicon);
    // "不支持公开募集那条规定,信托也要遵守吗": a note pointed at by its words asks the notes.
    const namesNoteByWords = lexicon.dialogue.notePointers.test(text);
    const withNotes = namesNoteByWords && !topicAspects.includes("notes") ? [...topicAspects, "notes" as const] : topicAspects;
    // "只有营业执照够不够": a paper the document does not name, asked of a category, is answered beside what the document
    // does give of its qualifications (lexicon nearbyTopics › helps: qualification-count).
    // "下一步怎么做", "开直播的流程是什么": of the steps, the document gives the qualifications and the review (and where the
    // category is chosen, composed with the topic's line).
    const asksSteps = nearbyTopics.some((nearby) => nearby.helps === "steps");
    const qualificationBears = nearbyTopics.some((nearby) => nearby.helps === "qualification-count" || nearby.helps === "steps") && !withNotes.includes("qualification");
    // …and a step of the review asked of a category ("加社交直播类目要重新审核吗"), beside the review time it gives.
    // …and whether the review time makes a date ("下周五上线来得及吗"): the review is asked.
    const asksDeadline = lexicon.dialogue.deadlineAsked.test(text);
    // …and a claim that there is none ("社交直播免审核吧"): the review row answers it.
    const claimsNoReview = lexicon.dialogue.noReviewClaimed.test(text);
    const reviewBears = ((mentions.length > 0 && (nearbyTopics.some((nearby) => nearby.helps === "review-time") || claimsNoReview)) || asksSteps || asksDeadline) && !withNotes.includes("review");
    // "不是3天吗", "我记得是5天" after a review time: a time said in a message that names nothing and asks nothing else
    // claims the review's length, the only time the document gives.
    const durationAlone =
      withNotes.length === 0 && !qualificationBears && !reviewBears && consistent.length === 0 && unlisted.length === 0 && subject === null && namedMethod === null && nearbyTopics.length === 0
        ? durationSaid(text, lexicon)
        : null;
    const aspects = [...withNotes, ...(qualificationBears ? ["qualification" as const] : []), ...(reviewBears || durationAlone !== null ? ["review" as const] : [])];
    // "所以结论是?", "你刚才说的第一条是啥": a message pointing at the last answer (lexicon lastAnswerPointers), naming and
    // asking nothing else, asks it again — not a question outside the document.
    const asksAgain =
      asksAgainWhole ||
      (consistent.length === 0 && unlisted.length === 0 && aspects.length === 0 && subject === null && namedMethod === null && nearbyTopics.length === 0 && lexicon.dialogue.lastAnswerPointers.test(text));
    // "社交直播类目能播游戏吗": whether given content may be streamed, asked of nothing else (streamed-content.ts) — not
    // beside a method named or a near-by topic ("推流延迟很大怎么优化"), which is what is asked then.
    const streamed =
      aspects.every((aspect) => aspect === "method") && namedMethod === null && nearbyTopics.length === 0
        ? readStreamedContent({ text, matchSpans, consistent, mentions, unlisted, topicWords }, lexicon)
        : null;
    // "好的 我们就按原生来": a method named is the topic's verdict taken up, not a remark.
    const method = comparesMethods ? null : namedMethod;
    // Read once: the moves need to know whether the message points back ("你觉得它能做什么" is no question about the bot).
    // Not a pointer right after a name, which it only repeats ("时政信息这个类目要准备什么资质" asks about 时政信息).
    // Nor one inside a word asking which ones, typed for 哪 ("二选一的类目有那些").
    const whichWords = lexicon.dialogue.whichOnes.find(text);
    const saysAnaphora = lexicon.dialogue.anaphora.find(text).some((hit) => !allSpans.some((span) => span.script === hit.script && span.end === hit.start) && !liesWithin(hit, whichWords));
    const moves = readMoves(normalized, language, lexicon, {
      aspects,
      askedMethod: method,
      namesSomething: consistent.length > 0 || subject !== null,
      asksUncovered: nearbyTopics.length > 0 || unlisted.length > 0,
      pointsBack: saysAnaphora,
    });
    const asksBeyondLast = lexicon.dialogue.beyondLast.test(text);
    // "把那四项列出来": items the last answer counted (its qualifications, when it gave them: the tracker carries what it asked).
    const pointsAtTopic = saysAnaphora || asksBeyondLast || pointsAtItems(text, lexicon);
    // "请用英文回答", "用中文回答" alone ask for the last answer again, in that language; "你错了" disputes it.
    const pointsBack =
      lexicon.dialogue.followUp.startsText(text) || followUpAfterAcknowledgement(text, language, lexicon) || pointsAtTopic || asksEnglish || asksChinese || asksAgain || pushback || injection || moves.confirms;
    const endsWithWhatAbout = lexicon.dialogue.followUpEndings.endsText(text);
    // Read only where they can matter (most questions name a category and are none of these): asked whether a named
    // category fits, or naming nothing — a follow-up that points back or supposes.
    const namesNothing = consistent.length === 0;
    // A group's word, whatever how many categories it holds ("汽车" holds one).
    const namesGroup = (mention: { readonly term: string; readonly candidates: readonly string[] }) => mention.candidates.length > 1 || this.groupTerms.has(compactForMatching(mention.term));
    const namesOnlyBroadWords = consistent.every((mention) => mention.candidates.length !== 1);
    // "公立医院能直播吗 民营的呢": a word a named category is not for, asked about after it as "…的呢", weighs the asker
    // against the category as a fit question does.
    const asksOfNotFor = !namesNothing && endsWithWhatAbout;
    // …and one the asker says it is beside a category named ("我们是民营医院,公立医疗机构类目能直播吗").
    const notForWordsSaid = asksFit || namesNothing || asksOfNotFor || asker.assertsIdentity ? notForSaid(this.categoriesNotForSome, text, this.narrowing.notForWords, lexicon.roles) : none;
    const statesNotFor = notForWordsSaid.length > 0 && statesNotForOfAsker(text, notForWordsSaid, lexicon);
    // "我们是驾校,只有自己一家,能用驾校平台类目吗": asked whether a category fits, the platform word inside its name is the
    // category's, not the asker's ("我们是电商平台,还没有别的商家入驻" is one).
    const singleAskingFit =
      !saysNotPlatform && asksFit && lexicon.roles.singleBusiness.test(text) && lexicon.roles.platform.find(text).every((hit) => liesInsideLonger(hit, matchSpans));
    const takenBack = (mention: RoledMention) => mention.role === "negated" && mention.cue !== null && lexicon.roles.takenBack.has(mention.cue);
    // Field by field below, not spread: a spread into this literal takes V8's slowest copying path on every question.
    const asksWhere = lexicon.dialogue.asksWhere.test(text);
    // "去哪看完整的": read only with a where-word (the set is read on demand).
    const asksFullVersion = asksWhere && lexicon.dialogue.fullVersion.test(text);
    const goesBackHit = lexicon.dialogue.goesBack.find(text).find((hit) => lexicon.roles.clauseOpeners.fills(sourceOf(text, hit.script).slice(0, hit.start), hit.script));
    // "We're a bank. Our partner (a government agency)…which method can the partner use?": asked of the owner whose
    // subject is said, the asker's categories are its own program's — set aside for "and us?", not the owner's.
    const ownersSetAside = askersOwn.length === 0 && asker.ownersDecide ? askersHeldCategories(consistent, matchSpans, text, lexicon) : none;
    const pointersBack = readPointersBack(text, matchSpans, consistent, { namesNothing, saysAnaphora, asks: moves.asks }, lexicon);
    // What the program is supposed to be, by a name or by a word that finds a group ("那如果是医院呢"): whose it is changes
    // too. By a name alone, it is the identity supposed (frame supposesIdentity), read only where the wider reading holds.
    const supposesOwner = askedOnly === "hypothetical" && suppositionOfIdentity(text, named, lexicon, true);
    // "那如果换成一家银行呢" after a government client: an organisation word right before the name supposes another owner.
    const replacesOwner = supposesOwner && organisationBeforeName(text, named, lexicon);
    // "qwerty", "asdfjkl;": one Latin word no reading knows, asking nothing, and no move of talk ("thanks", "help"), is
    // no question.
    const unreadWordAlone =
      !moves.asks && !moves.greeting && !moves.thanks && !moves.praise && !moves.complaint && !moves.remark && !moves.confirms && topicWords.length === 1 && unknownWords.length === 1 && consistent.length === 0 && unlisted.length === 0 && subject === null && aspects.length === 0 && namedMethod === null && nearbyTopics.length === 0 && isLoneLatinWord(normalized.lower);
    const pointsAtOrdinal = !namesNothing && !additive ? null : placePointedAt(text, lexicon);
    return {
      normalized,
      language,
      answerLanguage,
      answerScript,
      asksLanguage: asksEnglish || asksChinese,
      languageUndecided,
      unreadWordAlone,
      // "社交直播注意事项 eg 时政那块": a word given only as an example of the notes asked does not narrow them.
      topicWords: aspects.includes("notes") ? withoutExamples(topicWords, exampleWordsOf(text, topicWords, lexicon)) : topicWords,
      // "直播中可以让观众下单买车吗": the trade word itself (下单 read as 交易) finds no passage of its own — what the notes limit
      // of trading is each category's; "…sell OTC drugs?" still finds the note on 非处方药.
      tradeTopicWords: asksTrade ? topicWords.filter((word) => lexicon.dialogue.tradeVerbs.isWhole(matchable(word, scriptOf(word)))) : none,
      unknownWords,
      subject,
      subjectNamed: subject !== null && named.subjectMatches.some((match) => match.targets.some((target) => target.subject === subject && target.explicit)),
      subjectPointer: subjectPointedAt(text, named, spanOf, lexicon),
      subjectSupposed: asker.subjectSupposed,
      pendingSubjects: asker.pendingSubjects,
      madeByOrganization: subject === null && madeByOrganization(text, lexicon),
      mentions: listedGroups(withGroupsSaidWhole(ownersSetAside.length === 0 ? mentions : mentions.filter((mention) => !mention.candidates.every((id) => ownersSetAside.includes(id))), text, this.rules, lexicon), aspects, onlyAsksAbout),
      askedOnly,
      unlisted: streamed?.unlisted ?? unlisted,
      streamedContent: streamed?.words ?? none,
      streamsContent: streamed?.asked ?? false,
      asksDifference: aspects.includes("compare") && lexicon.dialogue.differenceAsked.test(text),
      keepsOnly: pointsAtOrdinal !== null && lexicon.dialogue.keepOnly.test(text),
      removesPointed: pointsAtOrdinal !== null && (lexicon.roles.removedBefore.test(text) || lexicon.dialogue.removePointed.test(text)),
      notFor,
      // "我们是民营诊所,能选公立医疗机构类目吗": asked whether a category named fits, by an asker who says it is what the
      // category is not for.
      // So is an asker whose business is another, unlisted category of that one's group ("我们是房产中介,能用房地产营销
      // 类目吗"; unlisted-unfit.ts).
      unfit: asksFit || ((asksOfNotFor || statesNotFor) && notForWordsSaid.length > 0) ? oncePerCategory([...notForWordsSaid.filter(({ id }) => mentions.some((mention) => mention.candidates.length === 1 && mention.candidates[0] === id)), ...unlistedUnfit(consistent, mentions, this.rules, text, lexicon), ...lackedForFit(consistent, mentions, this.rules)]) : [],
      asksFit,
      notForSaid: notForWordsSaid,
      readAsNarrowed,
      roled: consistent,
      claimed: consistent.filter((mention) => mention.role === "claimed"),
      aspects,
      askedMethod: method,
      asksMethodNotUsed: method !== null && asksMethodNotUsed(text, method, lexicon),
      methodClaimed: method !== null && (moves.confirms || lexicon.dialogue.beliefSaid.test(text) || lexicon.dialogue.methodClaimTags.endsText(text)),
      opensWithCorrection: lexicon.dialogue.correctionOpeners.startsText(text) || lexicon.roles.takenBack.startsText(text),
      // Read for a list asked now, or for a follow-up to one ("2选1的呢"): the tracker decides which.
      askedQualificationCount: aspects.includes("list") || aspects.includes("qualification") || aspects.length === 0 ? countWritten() : null,
      qualificationGroups,
      injection,
      nearbyTopics,
      asksRowBesideNearby: asksRowBeforeTopics(aspects, nearbyTopics, text, lexicon),
      alternatives,
      additive,
      // "只有金融类目才可以用原生吗" asks whether they are the only ones; it says nothing of what is held.
      holdsOnly: holdsOnly && !asksOnlyOnes,
      asksOnlyOnes,
      pushback,
      asksAgain,
      onlyAsksAbout,
      speaksOfHolding,
      describesUnlistedBusiness:
        // An enterprise subject ("卖茶叶的个体户") decides nothing of the category: the business still does.
        consistent.length === 0 &&
        unlisted.length === 0 &&
        (subject === null || subject === "enterprise") &&
        asker.questionedSubjects.length === 0 &&
        named.subjectMatches.every((match) => match.targets[0]?.subject === "enterprise") &&
        describesUnknownBusiness(text, unknownWords, named.subjectMatches.map(spanOf), lexicon),
      // "总结一下", and one said with words of whom it is for or how ("帮我把上面的汇总一下,我要发给老板", "Can you summarize
      // both programs in English?"): asking no row and naming nothing, it sums up the conversation.
      asksSummary:
        consistent.length === 0 &&
        unlisted.length === 0 &&
        (isWholeMessage(lexicon.dialogue.summaryAsked, normalized, [lexicon.dialogue.askAgainCompanions]) || (aspects.length === 0 && lexicon.dialogue.summaryAsked.test(text))),
      asksEffect: subject !== null && lexicon.dialogue.asksEffect.test(text),
      followUp: pointsBack || endsWithWhatAbout || lexicon.dialogue.addingOpeners.startsText(text),
      endsWithWhatAbout,
      pointsBack,
      pointsAtTopic,
      activityOfTopic: pointersBack.activityOfTopic,
      joinsTopicWith: pointersBack.joinsTopicWith,
      pointsAtOther: pointersBack.pointsAtOther,
      pointsAtPair: pointersBack.pointsAtPair,
      pointsAtSeveral: pointersBack.pointsAtSeveral,
      pointsAtCount: pointersBack.pointsAtCount,
      exceptsSeveral: pointersBack.exceptsSeveral,
      asksAmongThem: pointersBack.asksAmongThem,
      exceptsTopic: pointersBack.exceptsTopic,
      asksBeyondLast,
      assertsIdentity: asker.assertsIdentity,
      statesOwnCategory:
        lexicon.roles.categoryIs.test(text) && consistent.some((mention, index) => mention.role === "held" && mention.candidates.length > 0 && statedAsCategory(named.inCompact[index]!, text, lexicon)),
      statesProgramSubject: asker.statesProgramSubject,
      othersSubject: asker.othersSubject,
      ownersSubject: asker.ownersSubject,
      askersOwnSubject: asker.askersOwnSubject,
      // "We're a bank. Our partner (a government agency)…which method can the partner use?": the asker's categories wait
      // for "and us?" as its subject does.
      askersOwnCategories: askersOwn.length > 0 ? askersOwn : ownersSetAside,
      // "还没批下来" says it is not approved: an approval word inside a pending cue approves nothing.
      approval: approvalSaid(text, lexicon),
      // "已经批下来了,能用原生吗" says it happened; "批下来了吗", "续费了没" only ask.
      cameTrue: lexicon.dialogue.cameTrue.find(text).some((hit) => !questionParticleAfter.test(sourceOf(text, hit.script).slice(hit.end, hit.end + 2))),
      asksNeededCategory,
      asksAdditionalCategory: asksNeededCategory && lexicon.dialogue.additionalCategory.test(text),
      asksWhatCounts: countsAsAsked(text, lexicon),
      namesNoteByWords,
      notesPointedAt: namesNoteByWords ? consistent.filter((mention) => mention.role === "named-thing" && mention.cue !== null && lexicon.dialogue.notePointers.has(mention.cue)).flatMap((mention) => mention.candidates) : none,
      namesNoteGroup: consistent.length === matches.length && namesNoteGroup(consistent, matchSpans, text, lexicon),
      // A message of its own ("那剩下的呢"), or opening the question ("其他类目能用原生吗?"): "Thanks, the rest is clear"
      // or "我们没有其他类目呢" ask no list. Nor does more of a row with no word for categories ("还有没有要注意的", "any other
      // requirements?"): more of it is asked of the category talked about.
      asksRest: asksForRest(text, short, lexicon) && !(aspects.some((aspect) => aspect !== "list" && aspect !== "method" && aspect !== "choose") && !lexicon.dialogue.categoryWords.test(text)),
      othersOfNamed: matches.length > 0 && standsBeforeMention(lexicon.dialogue.othersBefore),
      setAsideAfter: lexicon.dialogue.ownerSetAsideAfter.find(text),
      setAsideBefore: lexicon.dialogue.ownerSetAsideBefore.find(text),
      subjectFromAbroad: subject === "enterprise" && saidFromAbroad(asker.saidOfAsker, text, lexicon),
      subjectRuleWords: consistent.length === 0 && subject === null && lexicon.dialogue.subjectRulesAsked.test(text) ? [lexicon.corpusLabels.personalRule] : none,
      placesAsked: asksWhere ? [...[...lexicon.documentPlaces].filter(([, cues]) => cues.test(text)).map(([word]) => word), ...(asksFullVersion ? [lexicon.corpusLabels.officialReference] : [])] : [],
      asksFullVersion,
      asksActual: lexicon.dialogue.actualState.test(text) || (lexicon.dialogue.actualStateOfAsker.test(text) && lexicon.roles.askerOpeners.test(text)),
      // "换成个人主体呢": what a switch would do, asked with 呢, supposes it as 如果 does.
      supposing: lexicon.roles.hypothetical.test(text) || (endsWithWhatAbout && lexicon.dialogue.switching.test(text)),
      namelessLoss: consistent.length === 0 && opensWithLoss(text, lexicon),
      programs: noPrograms,
      askedProgram: null,
      programPlace: programPlace(text, lexicon),
      programNext: lexicon.dialogue.programNext.test(text),
      questionedSubjects: asker.questionedSubjects,
      deniedSubjects: asker.deniedSubjects,
      namelessPending: consistent.length === 0 && lexicon.roles.pending.test(text),
      // Not a status read from a plain negation ("有电商平台类目但是没有文化传媒" says nothing of 电商平台 being applied for).
      appliedFor: consistent
        .filter((mention) => mention.role === "pending" && mention.candidates.length === 1 && mention.cue !== null && lexicon.roles.pending.has(mention.cue))
        .flatMap((mention) => mention.candidates)
        .filter((id) => !consistent.some((other) => other.role !== "pending" && other.candidates.includes(id))),
      anotherProgram: asker.anotherProgram,
      ownProgram: asker.ownProgram,
      backToProgram: asker.backToProgram,
      choosesInstead: standsBeforeMention(lexicon.dialogue.choosing, lexicon.roles.joiners, true),
      putsInDoubt: standsBeforeMention(lexicon.dialogue.doubtedBefore),
      switchesTo: standsBeforeMention(lexicon.dialogue.switching, lexicon.roles.joiners, true),
      aside: lexicon.dialogue.aside.test(text),
      holdsNoListedCategory: namesNothing && lexicon.dialogue.noListedCategory.test(text),
      // Not "这两个都有的话" (holding both) nor "这两个标签" (the tags).
      supposesIdentity: supposesOwner && suppositionOfIdentity(text, named, lexicon),
      supposesOwner,
      replacesOwner,
      supposesNotFor:
        notForWordsSaid.length > 0 &&
        [...lexicon.roles.hypothetical.find(text), ...lexicon.roles.supposedIdentity.find(text)].some((hit) =>
          notForWordsSaid.some(({ word }) => sourceOf(text, hit.script).slice(hit.end).trimStart().startsWith(word)),
        ),
      statesNotFor,
      // "一共几个" after several categories; or a group's list asked by its count ("金融类目一共有几个能直播"; not 哪几个).
      // …or among them by a method ("其中用插件的有几个").
      asksCountOfThem: namesNothing
        ? isWholeMessage(lexicon.dialogue.countOfThem, normalized, [lexicon.dialogue.countOfThemCompanions]) ||
          (method !== null && pointersBack.asksAmongThem && countBesidesAmong(text, lexicon))
        : asksCountOfGroup(text, aspects, mentions.filter(namesGroup), lexicon) ||
          // "其中金融的占几个" after a list: the group's count among it.
          (pointersBack.asksAmongThem && aspects.length === 0 && mentions.some(namesGroup) && countBesidesAmong(text, lexicon)),
      partsPointedAt: namesOnlyBroadWords
        ? [...lexicon.roles.possessive.find(text), ...lexicon.dialogue.followUpEndings.find(text)].filter((hit) => hit.script === "zh" && hit.start >= 2).map((hit) => text.compact.slice(hit.start - 2, hit.start))
        : none,
      pointsByMethod: namesNothing && method !== null ? methodPointedAt(text, lexicon) : null,
      // The last first: 最后一个 holds 后一个.
      // "第一个如果加了社交直播呢": a place pointed at, with a category added to what is there.
      pointsAtOrdinal,
      pointsAtNote: namesNothing ? notePlacePointedAt(text, lexicon) : null,
      backToTopic: lexicon.dialogue.backToTopic.test(text),
      goesBack: goesBackHit !== undefined,
      goesBackTo: goesBackHit === undefined ? null : subjectNamedAfter(goesBackHit, named, text, lexicon),
      qualifiesTopic: lexicon.dialogue.topicQualifiers.test(text) && consistent.every((mention) => lexicon.dialogue.topicQualifiers.has(mention.term)),
      short,
      speaksOfCategories: lexicon.dialogue.categoryWords.test(text),
      greeting: moves.greeting,
      thanks: moves.thanks,
      praise: moves.praise,
      complaint: moves.complaint,
      remark: moves.remark && !pointsBack,
      asksSomething: moves.asks,
      asksWhichOnes: lexicon.dialogue.whichOnes.test(text),
      // Read for a list, or for one asked among a list just shown ("which of them have no notes?").
      lackedAspects: aspects.some((aspect) => (lackableAspects as readonly Aspect[]).includes(aspect)) ? aspectsLacked(text, aspects, lexicon) : none,
      notDone: consistent.some((mention) => mention.role === "negated") ? notDoneTerms(consistent, matches, spanOf, text, lexicon) : none,
      notDoneWords: topicWords.length > 0 ? wordsNotDone(text, topicWords, lexicon) : none,
      // Only of a category named and nothing else asked: "说什么" after an aspect asks that aspect.
      asksWholeSection: aspects.length === 0 && consistent.length > 0 && lexicon.dialogue.wholeSection.test(text),
      // Of qualifications asked, of two or more categories named ("Which is less strict, bank or trust?"), or of the
      // categories as such ("which category has the fewest options?").
      comparesOptions:
        lexicon.dialogue.optionsCompared.test(text) &&
        (aspects.includes("qualification") || new Set(mentions.flatMap((mention) => mention.candidates)).size >= 2 || (consistent.length === 0 && lexicon.dialogue.categoryWords.test(text))),
      asksWhy: lexicon.dialogue.why.test(text),
      asksEase,
      asksLaterSubmission: lexicon.dialogue.laterSubmission.test(text),
      asksDeadline,
      asksTrade,
      deniedByPart,
      speaksOfLive: lexicon.dialogue.liveStreaming.test(text),
      // "出处在哪", "依据是啥": where the answer comes from, asked right after the word for it.
      aboutDocument: asksForSource(text, lexicon),
      asksLink: lexicon.dialogue.linkWords.test(text),
      // Not words that only ask ("行不行").
      unknownApart: unknownAskedApart(text, unknownWords.filter((word) => containsHan(word) && !lexicon.dialogue.asking.has(word)), allSpans, lexicon),
      asksCountRule,
      countRuleOf: asksCountRule ? everyOneOf : null,
      asksAlternative: namesNothing && lexicon.dialogue.alternativeAsked.test(text),
      asksWhichOfSeveral: namesNothing && asksWhichOfSeveral(text, lexicon),
      asksMoreOfSame: short && lexicon.dialogue.moreOfSame.test(text),
      meansWholeGroup: lexicon.dialogue.wholeGroup.test(text),
      asksReviewer: aspects.includes("review") && lexicon.dialogue.reviewerAsked.test(text),
      asksEachOfGroup:
        consistent.length === 1 &&
        consistent[0]!.candidates.length > 1 &&
        aspects.some((aspect) => aspect === "qualification" || aspect === "scope" || aspect === "scenario" || aspect === "notes" || aspect === "review") &&
        !aspects.includes("list") &&
        lexicon.dialogue.eachOne.test(text),
      asksCannotStream: aspects.includes("list") && lexicon.dialogue.cannotStreamAsked.test(text),
      asksMethodName: namedMethod !== null && consistent.length === 0 && lexicon.dialogue.nameAsked.test(text) ? namedMethod : null,
      // Only the typos of names that stay: one taken back ("卷商…打错了,是驾校培训") is not what the answer is about.
      typos: matches.filter((match, index) => match.typo && !takenBack(consistent[index]!)).map((match) => ({ term: match.term })),
      formerNames: this.formerNameTerms.filter(({ term }) => matches.some((match) => match.term === term)).map(({ former, id }) => ({ former, id })),
      comparesNamedOnes: aspects.includes("compare") && namesBothSides(matches, text, lexicon),
      asksCountMeaning,
      // Read only where the qualifications are asked, as the lines it changes are theirs.
      // "银行是不是也是需同时提供": all items, put so, too.
      countClaimed: !asksCountMeaning && aspects.includes("qualification") && countWritten() != null && !lexicon.dialogue.alternativeBetween.test(text),
      claimsNoQualification: aspects.includes("qualification") && lexicon.dialogue.noQualificationClaimed.test(text),
      claimsNoReview: aspects.includes("review") && claimsNoReview,
      asksOfItAlone: matchSpans.length > 0 && itselfAloneAfter(text, matchSpans, lexicon),
      claimedReviewDuration: durationAlone ?? (aspects.includes("review") ? claimedReviewDuration(text, lexicon) : null),
      saysNotPlatform: saysNotPlatform || singleAskingFit,
      asksRejection,
      rejectionHandled: refusalHandled,
      asksCategoryMismatch,
      // "那现在咋办" as the whole message: after a refusal, what to do next (the tracker decides).
      asksWhatNow: refusals.length === 0 && isWholeMessage(lexicon.dialogue.rejectionHandled, normalized, [lexicon.dialogue.whatNowCompanions]),
      speaksOfAsker: lexicon.roles.askerOpeners.test(text),
      weighsSubjectApart:
        subject !== null &&
        mentions.length > 0 &&
        (lexicon.dialogue.alternativeAnywhere.test(text) || asksSubjectApart(named.subjectMatches.map(spanOf), matchSpans, text, lexicon)),
      comparedSubjects: consistent.length === 0 ? subjectsCompared(named.subjectMatches, spanOf, text, lexicon) : none,
      asksSame: lexicon.dialogue.sameAsked.test(text),
      readFromPinyin: null,
    };
  }
}

export { detectLanguage } from "./detect-language.js";

/**
 * "如果是有线下校区的职业培训机构呢": the supposition says what the program is — a category's own name follows the cue, with
 * no word of doing or adding between ("如果是做健康讲座呢", "如果是加了社交直播呢" suppose an activity or one more).
 */
function suppositionOfIdentity(text: MatchableText, named: NamedMentions, lexicon: Lexicon, scenarioToo = false): boolean {
  const { supposedIdentity, activityVerbs } = lexicon.roles;
  const { additive } = lexicon.dialogue;
  return supposedIdentity.find(text).some((hit) => {
    const source = sourceOf(text, hit.script);
    return named.matches.some((match, index) => {
      const span = named.matchSpans[index]!;
      if ((named.mentions[index]!.scenario && !scenarioToo) || span.script !== hit.script || span.start < hit.end) return false;
      const gap = matchable(source.slice(hit.end, span.start), hit.script);
      return !activityVerbs.test(gap) && !additive.test(gap) && !/[,。;!?,;!?]/u.test(gap.compact + gap.lower);
    });
  });
}

/** Whether an organisation word (dialogue.programOrganisations: 一家, 一所) stands right before a name the message says. */
function organisationBeforeName(text: MatchableText, named: NamedMentions, lexicon: Lexicon): boolean {
  const organisations = lexicon.dialogue.programOrganisations.find(text);
  return organisations.length > 0 && named.matchSpans.some((span) => organisations.some((hit) => hit.script === span.script && hit.end === span.start));
}

/**
 * The text without an English greeting or word of doubt opening it ("hi", "are you sure") when Chinese follows: such an
 * opener says nothing of the language the question is asked in. A message of English alone keeps it.
 */
function withoutEnglishOpener(text: string, lexicon: Lexicon): string {
  const trimmed = text.trimStart();
  // Most questions open in Chinese: nothing to read.
  if (!latinOpening.test(trimmed)) return text;
  const lower = trimmed.toLowerCase();
  const openers = [...lexicon.dialogue.greetings.find(matchable(lower, "en")), ...lexicon.dialogue.pushback.find(matchable(lower, "en"))];
  const opener = openers.filter((hit) => hit.script === "en" && hit.start === 0).sort((a, b) => b.end - a.end)[0];
  if (opener === undefined) return text;
  const rest = trimmed.slice(opener.end);
  return containsHan(rest) ? rest : text;
}

const latinOpening = /^[A-Za-z]/u;

/** The topic words but those given only as examples. */
function withoutExamples(topicWords: readonly string[], examples: readonly string[]): readonly string[] {
  return examples.length === 0 ? topicWords : topicWords.filter((word) => !examples.includes(word));
}

/**
 * The unlisted kind the rules name outside the scope of the one category the mentions found only by scenario words
 * (rules › unlisted.outsideScopeOf); null when they name anything else.
 */
function kindOutsideScope(mentions: readonly CategoryMention[], rules: Rules): string | null {
  const [first] = mentions;
  if (!first || first.candidates.length !== 1 || !mentions.every((mention) => mention.scenario && mention.candidates.length === 1 && mention.candidates[0] === first.candidates[0])) return null;
  return rules.unlisted.find((entry) => entry.outsideScopeOf.includes(first.candidates[0]!))?.name ?? null;
}

/**
 * What the question says a stream does, by a category's scenario word of streaming ("直播卖货", "live selling"): a trade
 * word inside one is the stream asked about. Not an activity that is itself a trade ("股票交易").
 */
function streamedActivities(named: NamedMentions, lexicon: Lexicon): MentionSpan[] {
  const { matches, mentions, matchSpans } = named;
  return matchSpans.filter((_, index) => mentions[index]!.scenario && lexicon.dialogue.liveStreaming.test(matchable(matches[index]!.term, scriptOf(matches[index]!.term))));
}


/** The subject of the first subject word after `hit` in its clause ("说回政府那个" → government), whatever its role. */
function subjectNamedAfter(hit: CueHit, named: NamedMentions, text: MatchableText, lexicon: Lexicon): Subject | null {
  const clause = clauseAround(sourceOf(text, hit.script), hit, lexicon.roles.clauseBreaks, text);
  const match = named.subjectMatches.find((subject) => {
    const span = named.spanOf(subject);
    return span.script === hit.script && span.start >= hit.end && span.end <= clause.end;
  });
  return match?.targets[0]?.subject ?? null;
}
