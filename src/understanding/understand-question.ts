import type { Aspect } from "../lexicon/lexicon-schema.js";
import type { Lexicon, NearbyTopic } from "../lexicon/load-lexicon.js";
import type { CueHit, CueSet, MatchableText } from "../lexicon/cue-set.js";
import { primaryOf, type CategoryMention } from "../rules/rules-engine.js";
import type { AccessMethod, CategoryId, Rules } from "../rules/rules-schema.js";
import { readMentionRole, type MentionSpan } from "./mention-roles.js";
import { readSubject } from "./read-subject.js";
import { compactForMatching, normalizeQuestion } from "./normalize-question.js";
import type { QuestionFrame, RoledMention } from "./question-frame.js";
import type { TermMatch, TermMatcher } from "./term-matcher.js";
import { buildQuestionVocabulary, type SubjectTarget, type VocabularyTarget } from "./question-vocabulary.js";
import { targetFacts } from "./target-facts.js";
import { readCategoryRole } from "./category-role.js";
import { namesIntendedActivity } from "./intended-activity.js";
import { isLikeness } from "./likeness.js";
import { programPieces, programPlace, type ProgramSegment } from "./program-segments.js";
import { askedQualificationCount } from "./qualification-count.js";
import { asksMethodNotUsed } from "./method-not-used.js";
import { candidatesNotFor, notForSaid, notForWordsOf, type NotForWords } from "./not-for-qualifiers.js";
import { compactSpanOf } from "./cross-script.js";
import { setOfAll } from "../shared/set-of-all.js";
import { detectLanguage } from "./detect-language.js";
import { ContainmentIndex } from "./containment-index.js";
import { soundAlikeReader } from "./sound-alike.js";
import { isVerbUse } from "./verb-use.js";
import { memoized } from "../shared/memoize.js";
import { withCategoryChanges } from "./category-change.js";
import { namedAsCategory, statedAsCategory } from "./stated-category.js";
import { clientsProgram } from "./client-program.js";
import { askedOfOthers, withOthersMentions } from "./others-mentions.js";
import { readMoves } from "./conversational-moves.js";
import { ownersOfPrograms, programPointedBack, pointsAtProgram, speaksOfOthersProgram } from "./program-pointers.js";
import { approvalSaid, opensWithLoss } from "./held-status.js";
import { clauseAround, liesInsideLonger, liesWithin, matchable, onlyBetween, sourceOf } from "./clauses.js";
import { programIsHits } from "./subject-ownership.js";
import { sentenceAround, toldBeforeTheQuestion } from "./background-sentences.js";
import { mapList } from "../shared/map-list.js";
import { asksNeededCategory as asksNeededCategoryOf } from "./needed-category.js";
import { withNamesJoined } from "./joined-names.js";

export type { Language, QuestionFrame } from "./question-frame.js";

/** The corpus's words, so the frame can tell which topic words the document knows. */
export interface CorpusWords {
  /** Precise-mode words of a text. */
  segment(text: string): string[];
  knows(word: string): boolean;
}

/** Questions this short follow up on the last one ("保险公司自己呢", "what about banks?"). */
const shortQuestionLength = 8;
const shortQuestionWords = 4;

/** Roles that still make a mention what the question is about when nothing is held. */
const askedRoles = new Set(["hypothetical", "pending"]);
// The roles of a category a piece about one program says it is or holds ("客户的是教育平台" reads 客户 as another party).
const heldInPiece: ReadonlySet<string> = new Set(["held", "other-party", "hypothetical", "pending"]);
const noPrograms: readonly ProgramSegment[] = Object.freeze([]);
// Right after an approval word, a particle that asks whether it happened ("批下来了吗", "续了没").
const questionParticleAfter = /^(?:吗|么|嘛|没|了吗|\?|？)/u;
const noCategories: ReadonlySet<CategoryId> = new Set();
/** What a mention that gives nothing gives: one frozen empty list instead of a new one each time. */
const none: readonly never[] = Object.freeze([]);

// The memoised word checks keep words up to this long (a question's words are a few characters).
const longestCachedWord = 32;

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
  private readonly notForWords: NotForWords;
  /** Every category's scope facts (rules › scopeFacts) as the matcher reports their terms. */
  private readonly scopeFacts: ReadonlySet<string>;
  private readonly aspectWordOf: (word: string) => boolean;
  private readonly vocabularyWordOf: (word: string) => boolean;
  /** The categories whose qualification has each group ("保险中介机构主体" → 保险). */
  private readonly groupOwners: ReadonlyMap<string, readonly CategoryId[]>;
  /** The access methods' Chinese words, after which a ✅/❌ marks a way to stream, not a category held. */
  private readonly methodWords: readonly string[];
  /** Every category's former names, with the form the vocabulary matches them in. */
  private readonly formerNameTerms: ReadonlyArray<{ former: string; term: string; id: CategoryId }>;

  constructor(
    private readonly rules: Rules,
    readonly lexicon: Lexicon,
    private readonly corpusWords?: CorpusWords,
  ) {
    this.corpusKnows = memoized((word: string) => corpusWords?.knows(word) ?? false);
    this.notForWords = notForWordsOf(rules);
    this.scopeFacts = new Set(rules.categories.flatMap((category) => category.scopeFacts.map((fact) => (isHan(fact) ? compactForMatching(fact) : fact.toLowerCase().trim()))));
    // Questions repeat their words ("资质", "直播"): each is read once per process, not once per question. Longer
    // words are read each time (longestCachedWord), so a stream of long tokens cannot fill the cache with them.
    this.aspectWordOf = memoized((word: string) => {
      const compact = compactForMatching(word);
      return this.aspectCues.someContains(compact) || this.aspectCues.someContainedIn(compact);
    }, undefined, longestCachedWord);
    this.vocabularyWordOf = memoized((word: string) => {
      const compact = compactForMatching(word);
      return this.knownWords.has(compact) || this.knownWordParts.someContains(compact);
    }, undefined, longestCachedWord);
    const matcherOptions = {
      functionCharacters: lexicon.functionCharacters,
      confusable: lexicon.confusable,
      knownWord: this.corpusKnows,
      soundsAlike: soundAlikeReader(lexicon.data.soundAlike),
    };
    ({ vocabulary: this.vocabulary, subjects: this.subjects, qualificationGroups: this.qualificationGroups, knownWords: this.knownWords } =
      buildQuestionVocabulary(rules, lexicon, matcherOptions));
    this.knownWordParts = new ContainmentIndex([...this.knownWords].filter((known) => known.length >= 2));
    this.aspectCues = new ContainmentIndex([...lexicon.aspects.values()].flatMap((cues) => cues.chineseCues));
    this.methodWords = [...lexicon.methods.native.chineseCues, ...lexicon.methods.plugin.chineseCues];
    const groupOwners = new Map<string, CategoryId[]>();
    for (const category of rules.categories) for (const group of category.qualification?.groups ?? []) groupOwners.set(group.who, [...(groupOwners.get(group.who) ?? []), category.id]);
    this.groupOwners = groupOwners;
    this.formerNameTerms = rules.categories.flatMap((category) => category.formerNames.map((former) => ({ former, term: compactForMatching(former), id: category.id })));
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
    const normalized = normalizeQuestion(text, [], this.lexicon.regionalWords, this.lexicon.statusMarks, this.methodWords);
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
  understand(question: string, extraMentionNames: readonly string[] = []): QuestionFrame {
    const frame = this.readQuestion(question, extraMentionNames);
    if (this.readingPiece) return frame;
    // Read while the cue index still holds the question: reading a piece scans the piece.
    const pieces = programPieces(frame.normalized, this.lexicon);
    if (pieces.length === 0) return frame;
    this.readingPiece = true;
    let programs: ProgramSegment[];
    try {
      programs = pieces.map((piece) => {
        const read = this.readQuestion(piece.text, extraMentionNames);
        const categories = [...new Set(read.roled.filter((mention) => heldInPiece.has(mention.role) && mention.candidates.length === 1).map((mention) => mention.candidates[0]!))];
        return { label: piece.label, owner: piece.owner, categories, subject: read.subject };
      });
    } finally {
      this.readingPiece = false;
      // Callers read cue sets on the question after this (the composers do): the index holds it again.
      this.lexicon.cueIndex.scan(frame.normalized);
    }
    const described = programs.filter((program) => program.categories.length > 0 || program.subject !== null);
    return described.length >= 2 ? { ...frame, programs: described } : frame;
  }

  /** Set while a piece of a message is read, so a piece is never split again. */
  private readingPiece = false;

  private readQuestion(question: string, extraMentionNames: readonly string[]): QuestionFrame {
    const normalized = normalizeQuestion(question, extraMentionNames, this.lexicon.regionalWords, this.lexicon.statusMarks, this.methodWords);
    // The question as every cue set reads it, here and when the answer is composed: read once for all of them.
    const text: MatchableText = normalized;
    const { lexicon } = this;
    lexicon.cueIndex.scan(text);
    const subjectMatches = this.subjects.match(text.compact, text.lower);
    // "教育局", "区县级教育部门": a government body's name holds a category word; it names the body, not the category.
    const bodyNames = subjectMatches.filter((match) => match.targets[0]?.subject === "government").map((body) => ({ script: isHan(body.term) ? ("zh" as const) : ("en" as const), start: body.start, end: body.end }));
    const insideBodyName = (match: { start: number; end: number }, script: "zh" | "en") => liesInsideLonger({ script, start: match.start, end: match.end }, bodyNames);
    const matches = this.vocabulary
      .match(text.compact, text.lower)
      .filter((match) => !isVerbUse(match.term, match.start, text.lower, lexicon.englishVerbUse) && !(isHan(match.term) && insideBodyName(match, "zh")));
    const spans = new Map<TermMatch<unknown>, MentionSpan>();
    const spanOf = (match: TermMatch<unknown>): MentionSpan => {
      let span = spans.get(match);
      if (!span) spans.set(match, (span = { script: isHan(match.term) ? "zh" : "en", start: match.start, end: match.end }));
      return span;
    };
    // The names' own spans, read by several readings below; with the subjects' after them, every span of the question.
    const matchSpans = mapList(matches, spanOf);
    const allSpans = [...matchSpans];
    for (const match of subjectMatches) allSpans.push(spanOf(match));

    const roled: RoledMention[] = [];
    // Where each mention stands in the compact form, for English names inside Chinese text.
    const inCompact = mapList(allSpans, (span) => (span.script === "en" ? (compactSpanOf(span, text) ?? span) : span));
    for (let index = 0; index < matches.length; index += 1) {
      const match = matches[index]!;
      const { role, cue } = readCategoryRole(index, allSpans, inCompact, text, lexicon);
      const { candidates, scenario, unlisted } = targetFacts(match.targets);
      // "想做宠物直播", "我们是电商平台,做宠物直播": what the asker means to stream, read like a scenario word of the
      // category it names.
      const afterHeld = roled.some((earlier) => earlier.role === "held" && !earlier.scenario && earlier.candidates.length > 0);
      const intended = !scenario && role === "held" && candidates.length > 0 && namesIntendedActivity(allSpans[index]!, text, lexicon, afterHeld);
      roled.push({ term: match.term, candidates, scenario: scenario || intended, role, unlisted, cue, intended });
    }
    // "支付走银行", "我是中学老师,…", "朋友的…": categories that are someone else's, read against the others.
    const inContext = withOthersMentions(roled, inCompact, text, lexicon);
    // "民营医院,不是公立的": a category ruled out narrows the broad words that include it.
    const ruledOut = setOfAll(inContext, (mention) => ((mention.role === "negated" || mention.role === "excluded") && mention.candidates.length === 1 ? mention.candidates : none));
    // "私立医院": a word right before a broad name that a category is not for takes it out; when that leaves nothing
    // the document lists ("民营医院,没有互联网医院"), the name names no category.
    const notForIds = new Set<CategoryId>();
    // "我们是补习班,纯线上,没有线下教室": a category one of whose scope facts the asker denies does not fit what it is,
    // whatever other name of it was said: it is not held, and its scope says why.
    const deniedBy = new Map<CategoryId, string>();
    for (const mention of inContext) {
      if (mention.role === "negated" && mention.candidates.length === 1 && this.scopeFacts.has(mention.term)) deniedBy.set(mention.candidates[0]!, mention.term);
    }
    // What a broad name was narrowed to by a word the asker said ("私立医院" → 互联网医院): read as, not named.
    const narrowedTo = new Set<CategoryId>();
    const narrowedMentions = new Set<number>();
    const narrowed = this.platformHosting(
      mapList(inContext, (mention, index) => {
        // Of the asker's own (or asked) names only: a customer's 私立医院 brings no scope line, and a name said not held
        // ("并非公立") keeps its category, which is what is not held.
        const own = mention.role === "held" || askedRoles.has(mention.role);
        // The asker's own or a client's alike ("my client runs online-only tutoring with no offline classrooms").
        const denied = (own || mention.role === "other-party") && mention.candidates.length === 1 && deniedBy.has(mention.candidates[0]!) && deniedBy.get(mention.candidates[0]!) !== mention.term;
        const notFor = denied ? new Set(mention.candidates) : own ? candidatesNotFor(mention.candidates, allSpans[index]!, text, this.notForWords) : noCategories;
        notFor.forEach((id) => notForIds.add(id));
        const candidates = mention.candidates.length > 1 ? mention.candidates.filter((id) => !ruledOut.has(id) && !notFor.has(id)) : mention.candidates.filter((id) => !notFor.has(id));
        if (notFor.size > 0) {
          candidates.forEach((id) => narrowedTo.add(id));
          narrowedMentions.add(index);
        }
        if (candidates.length === mention.candidates.length || (candidates.length === 0 && notFor.size === 0)) return mention;
        return { ...mention, candidates };
      }),
      text,
    );
    // "不,我们只有电商平台": what is said to be all that is held leaves the other mentions out — not what is not all
    // ("不只有电商平台") or was all only once ("之前只有电商平台,今天拿到了社交直播").
    const exclusive = matches.filter((match) => {
      const span = spanOf(match);
      const source = sourceOf(text, span.script);
      return lexicon.roles.exclusiveHolding.find(text).some((hit) => {
        if (hit.script !== span.script || hit.end > span.start || !lexicon.roles.joiners.fills(source.slice(hit.end, span.start), span.script)) return false;
        const before = source.slice(0, hit.start);
        // In the same clause: "不,我们只有电商平台" answers no, and then says all it holds.
        const undoes = (gap: string) => !/\p{P}/u.test(gap) && lexicon.roles.clauseOpeners.fills(gap, span.script);
        return !lexicon.roles.notOnlyBefore.find(matchable(before, span.script)).some((undone) => undoes(before.slice(undone.end)));
      });
    });
    const exclusiveTerms = new Set(exclusive.map((match) => match.term));
    const bounded = exclusive.length === 0 ? narrowed : mapList(narrowed, (mention) => (exclusiveTerms.has(mention.term) || mention.role !== "held" ? mention : { ...mention, role: "excluded" as const }));
    // "课外辅导属于培训机构": a claim the rules agree with (the same category) is no claim.
    const heldIds = setOfAll(bounded, (mention) => (mention.role === "held" ? mention.candidates : none));
    const agreed = mapList(bounded, (mention) =>
      mention.role === "claimed" && mention.candidates.some((id) => heldIds.has(id)) ? { ...mention, role: "held" as const } : mention,
    );
    // "去年是在线视频课程,今年换成了课外辅导": the category changed from is gone, the new one held, supposed or to come.
    const consistent = withCategoryChanges(agreed, inCompact.slice(0, matches.length), text, lexicon);
    // "之前是电商平台+社交直播,现在社交直播没了": a name said later to be lost is not held, whatever was said first. Only
    // a loss (a passive status right after it: "银行还没开通直播" negates nothing the asker holds) or a category still
    // to come ("听说电商平台加社交直播能用原生,但我们社交直播还在排队审核"), and only the same name: "是保险中介,不是保险
    // 公司" holds 保险 through its other word.
    const laterNotHeld = (index: number) =>
      consistent.some(
        (later, at) =>
          at > index &&
          later.term === consistent[index]!.term &&
          // A refusal once ("社交直播以前被驳回过") says nothing of now.
          ((later.role === "pending" && (later.cue === null || !lexicon.roles.refusedOnceAfter.has(later.cue))) ||
            (later.role === "negated" && later.cue !== null && lexicon.roles.passiveAfter.has(later.cue))),
      );
    // "我们驾校做在线付费培训,类目是驾校培训": the category the asker names as its own settles a vague word.
    const statedIds = new Set(
      consistent.length < 2 || !lexicon.roles.categoryIs.test(text)
        ? []
        : consistent.flatMap((mention, index) => (mention.role === "held" && mention.candidates.length === 1 && statedAsCategory(inCompact[index]!, text, lexicon) ? mention.candidates : [])),
    );
    // Only a vague word of the same field, not named as a category itself ("另外一个类目是基金", "也有在线教育平台类目").
    const statedFields = new Set([...statedIds].map((id) => primaryOf(this.rules, id)));
    const settled = (mention: RoledMention, index: number) =>
      statedIds.size === 0 ||
      mention.candidates.length < 2 ||
      mention.candidates.some((id) => statedIds.has(id)) ||
      !mention.candidates.every((id) => statedFields.has(primaryOf(this.rules, id))) ||
      namedAsCategory(inCompact[index]!, text, lexicon);
    const held = consistent.filter((mention, index) => mention.role === "held" && settled(mention, index) && !(mention.candidates.length === 1 && laterNotHeld(index)));
    const takenBack = (mention: RoledMention) => mention.role === "negated" && mention.cue !== null && lexicon.roles.takenBack.has(mention.cue);
    const heldNamesCategory = held.some((mention) => mention.candidates.length > 0 || mention.unlisted !== null);
    // "还有社交直播" adds it, "社交直播也有" too; "社交直播还有什么要求" asks about it.
    const asksAfter = (hit: CueHit) => hit.script === "zh" && lexicon.dialogue.asksStatus.startsText(matchable(text.compact.slice(hit.end), "zh"));
    const additive =
      lexicon.dialogue.additive.find(text).some((hit) => matches.some((match) => spanOf(match).script === hit.script && match.start >= hit.end)) ||
      // "社交直播刚审核通过" adds it; "社交直播批下来了吗" only asks.
      lexicon.dialogue.additiveAfter.find(text).some((hit) => matches.some((match) => spanOf(match).script === hit.script && match.end <= hit.start) && !asksAfter(hit));
    // "如果我们有社交直播…", "社交直播还在申请中": asked about, unless the asker holds something else. "电商平台,
    // 如果再加上社交直播": one supposed on top of those held is weighed together with them; one only applied for
    // ("下个月再申请社交直播,这个月用什么") is not held yet.
    // So is one still to come that the question asks about for the time it is held ("社交直播下个月申请,到时候能用原生
    // 吗": supposed, its cue the pending one).
    const supposedOnTop = consistent.filter((mention) => mention.role === "hypothetical" && (additive || (mention.cue !== null && lexicon.roles.pending.has(mention.cue))));
    // What is asked, read once: it decides whether another party's categories are asked about, and the frame's aspects.
    const askedAspects = this.aspectsAsked(text, matchSpans);
    // "跟在线视频课程比有什么区别": asked how they differ, the category compared against is one of those weighed (the
    // tracker weighs it against the topic's), when the question holds nothing of its own.
    const comparedWith =
      askedAspects.includes("compare") && !heldNamesCategory
        ? consistent.filter((mention) => mention.role === "named-thing" && mention.candidates.length > 0 && mention.cue !== null && lexicon.roles.comparedBefore.has(mention.cue))
        : [];
    const ownFacts = heldNamesCategory ? [...held, ...supposedOnTop] : [...held, ...consistent.filter((mention) => askedRoles.has(mention.role)), ...comparedWith];
    // "客户是城商行,他们能用原生直播吗": with nothing of the asker's own, another party's categories may be asked about.
    const othersAsked = ownFacts.some((mention) => mention.candidates.length > 0 || mention.unlisted !== null)
      ? []
      : askedOfOthers(consistent, matchSpans, askedAspects, text, lexicon);
    const facts = othersAsked.length > 0 ? othersAsked : ownFacts;
    const mentions: CategoryMention[] = withNamesJoined(this.withoutQualifiersOfOthers(facts.filter((mention) => mention.candidates.length > 0)), this.rules).map(({ term, candidates, scenario }) => ({
      term,
      candidates,
      scenario,
    }));
    const unlisted = [...setOfAll(facts, (mention) => (mention.unlisted ? [mention.unlisted] : none))];

    // "我们是银行,个人能开户吗": after the asker said what it is and holds, a bare 个人 is its customer; not before it,
    // and not where the asker only names a category without saying it is it.
    const heldSpans = matches.filter((_, index) => consistent[index]!.role === "held" && consistent[index]!.candidates.length > 0).map(spanOf);
    // What the asker says it is, and what it says of its program ("小程序是…"), each read once.
    const saysIdentity = lexicon.roles.identity.test(text);
    const saysOfProgram = programIsHits(text, lexicon).length > 0;
    const speaksOfAnotherProgram = lexicon.dialogue.anotherProgram.test(text);
    const assertsIdentity = saysIdentity || saysOfProgram;
    const categoryHeldBefore = (span: MentionSpan) => assertsIdentity && heldSpans.some((held) => held.script === span.script && held.end <= span.start);
    // "我们是政府主体,帮朋友问下,他们的小程序是电商平台": a category in the other program's clause, or after words pointing
    // at them; not "另外我朋友公司是政府主体。我这个小程序类目在线视频课程", which asks about the asker's own.
    const clauseOf = (at: { script: "zh" | "en"; start: number; end: number }) =>
      clauseAround(sourceOf(text, at.script), at, lexicon.roles.clauseBreaks, text);
    const pointedAtThem = (from: number, at: MentionSpan) =>
      lexicon.roles.thirdPartyPointers.find(text).some((hit) => hit.script === at.script && hit.start >= from && hit.end <= at.end);
    const asksOwn = lexicon.roles.ownProgramPointers.test(text);
    // "我是县教育局的,辖区一所小学的小程序是学历教育(学校)类目": an owner with its program is another program too.
    const programOwners = ownersOfPrograms(text, lexicon);
    const anotherProgramHits = [...lexicon.dialogue.anotherProgram.find(text), ...programOwners];
    const anotherProgramAfter = (span: MentionSpan) =>
      !asksOwn &&
      anotherProgramHits.some((hit) => {
        if (hit.script !== span.script || hit.start < span.end) return false;
        const hitClause = clauseOf(hit);
        return matches.some((match) => {
          const at = spanOf(match);
          return at.script === hit.script && at.start >= hit.end && ((at.start >= hitClause.start && at.end <= hitClause.end) || pointedAtThem(hit.end, at));
        });
      });
    const categoryAfterInClause = (span: MentionSpan) => {
      const clause = clauseOf(span);
      return matches.some((match) => spanOf(match).script === span.script && spanOf(match).start >= span.end && spanOf(match).end <= clause.end);
    };
    const client = clientsProgram(text, lexicon);
    const { subject, saidOfAsker, questioned: questionedSubjects } = readSubject(mapList(subjectMatches, (match) => ({ match, span: spanOf(match) })), allSpans, inCompact, text, lexicon, {
      categoryHeldBefore,
      anotherProgramAfter,
      categoryAfterInClause,
      // "为个人用户做了个小程序": a word for people after it makes them users, not the client.
      namesClient: (span) =>
        client !== null && span.script === client.script && span.start >= client.start && span.end <= client.end &&
        !lexicon.roles.personAfter.startsText(matchable(sourceOf(text, span.script).slice(span.end), span.script)),
    });
    // "我们不是个人主体,是企业": the words of what the asker says it is or is not say whose the program is, not what the
    // question is about; a customer's ("来查询的有个人") still is.
    // Nor are the words of a misspelt name ("驾小培训" cut into 驾, 小, 培训): the name read stands for them.
    const misspelt = matches.filter((match) => match.typo).map((match) => {
      const span = spanOf(match);
      return sourceOf(text, span.script).slice(span.start, span.end);
    });
    const { topicWords, unknownWords } = this.topicWords(normalized.text, misspelt.length > 0 ? [...saidOfAsker, ...misspelt] : saidOfAsker);
    const language = detectLanguage(normalized.text);
    // "是保险中介,不是保险公司": the group said not to apply does not count; nor does one of another category than
    // those named ("房产中介能用这个类目吗" names no group of 房地产营销), nor one beside an unlisted name or a subject and
    // no category ("房产中介能直播吗", "we are a government agency"): the group's word is theirs.
    const namedIds = setOfAll(mentions, (mention) => mention.candidates);
    const namesOtherThanGroups = namedIds.size === 0 && (unlisted.length > 0 || subject !== null);
    const qualificationGroups = [
      ...new Set(
        this.qualificationGroups
          .match(text.compact, text.lower)
          // "如果是保险公司本身呢": a group only supposed is the one asked about.
          .filter((match) => {
            const { role } = readMentionRole(spanOf(match), allSpans, text, lexicon);
            return role === "held" || role === "hypothetical";
          })
          .flatMap((match) => match.targets)
          .filter((group) => (namedIds.size === 0 ? !namesOtherThanGroups : this.groupOwners.get(group)?.some((id) => namedIds.has(id)))),
      ),
    ];
    // A cue before a category named, only `gap` words between: "要是选多方通信", "换成多方通信", "能用房地产营销类目吗".
    const standsBeforeMention = (cues: CueSet, gap: CueSet = lexicon.roles.joiners) => cues.find(text).some((hit) => matchSpans.some((span) => onlyBetween(gap, hit, span, text)));
    const short = hasAtMostCharacters(normalized.compact, shortQuestionLength) || (language === "en" && normalized.lower.split(/\s+/u).filter(Boolean).length <= shortQuestionWords);
    // "说英文" asks for English only as the whole message: "主播全程说英文,能直播吗", "Can Chinese banks stream?" ask
    // about streaming.
    const asksEnglish = lexicon.dialogue.answerInEnglish.test(text) || isWholeMessage(lexicon.dialogue.answerInEnglishShort, normalized);
    const asksChinese = lexicon.dialogue.answerInChinese.test(text) || isWholeMessage(lexicon.dialogue.answerInChineseShort, normalized);
    const answerLanguage = asksEnglish ? "en" : asksChinese ? "zh" : language;
    const pushback = lexicon.dialogue.pushback.test(text);
    // "房产中介能用房地产营销类目吗": whether a named category fits is what its scope says.
    const { fitVerbs, fitGap } = lexicon.dialogue;
    const asksFit = standsBeforeMention(fitVerbs, fitGap);
    // "编两个也行", "just say yes": a request about the last answer, made to bend it.
    const injection = lexicon.injection.test(text);
    // "请用英文回答", "用中文回答" alone ask for the last answer again, in that language; "你错了" disputes it.
    // "我们这个小程序" points at the asker's own; "我们这个客户" at its client.
    const pointsAtOwn = asksOwn && pointsAtProgram(lexicon.roles.ownProgramPointers, text, lexicon);
    // "要有什么类目才能用原生": which category it takes — a list of the method when there is no topic (the tracker decides).
    const asksNeededCategory = asksNeededCategoryOf(text, lexicon);
    const fitted = withFit(withGroupQualification(askedAspects, qualificationGroups), asksFit);
    const aspects = asksNeededCategory && !fitted.includes("list") ? [...fitted, "list" as const] : fitted;
    // "好的 我们就按原生来": a method named is the topic's verdict taken up, not a remark.
    const askedMethod = this.askedMethod(text);
    const moves = readMoves(normalized, language, lexicon, { aspects, askedMethod, namesSomething: consistent.length > 0 || subject !== null });
    const pointsAtTopic = lexicon.dialogue.anaphora.test(text);
    const pointsBack =
      lexicon.dialogue.followUp.startsText(text) || followUpAfterAcknowledgement(text, language, lexicon) || pointsAtTopic || asksEnglish || asksChinese || pushback || injection || moves.confirms;
    const endsWithWhatAbout = lexicon.dialogue.followUpEndings.endsText(text);
    return {
      normalized,
      language,
      answerLanguage,
      topicWords,
      unknownWords,
      subject,
      mentions,
      askedOnly:
        heldNamesCategory || othersAsked.length > 0 || mentions.length === 0 || facts.every((mention) => comparedWith.includes(mention))
          ? null
          : facts.some((mention) => mention.role === "hypothetical")
            ? "hypothetical"
            : "pending",
      unlisted,
      notFor: [...notForIds],
      // "我们是民营诊所,能选公立医疗机构类目吗": asked whether a category named fits, by an asker who says it is what the
      // category is not for.
      unfit: asksFit ? notForSaid([...setOfAll(mentions, (mention) => (mention.candidates.length === 1 ? mention.candidates : none))], text, this.notForWords) : [],
      // Only what no other mention names outright ("民营医院,有互联网医院类目" names it).
      readAsNarrowed: [...narrowedTo].filter((id) => !inContext.some((mention, index) => !narrowedMentions.has(index) && mention.role === "held" && mention.candidates.length === 1 && mention.candidates[0] === id)),
      roled: consistent,
      claimed: consistent.filter((mention) => mention.role === "claimed"),
      aspects,
      askedMethod,
      asksMethodNotUsed: askedMethod !== null && asksMethodNotUsed(text, askedMethod, lexicon),
      opensWithCorrection: lexicon.dialogue.correctionOpeners.startsText(text) || lexicon.roles.takenBack.startsText(text),
      // Read for a list asked now, or for a follow-up to one ("2选1的呢"): the tracker decides which.
      askedQualificationCount: aspects.includes("list") || aspects.includes("qualification") || aspects.length === 0 ? askedQualificationCount(text, lexicon) : null,
      qualificationGroups,
      injection,
      // "the city tax bureau's mini program": a body's name ("tax bureau", 税务局) names the body, not the topic. Nor is
      // what a sentence before the question tells without asking ("之前我们试过在视频号上直播,…。我们小程序是…,该用哪种?").
      // Nor a product the asker's own program is only likened to ("类似京东那样的平台").
      nearbyTopics: withoutContext(
        lexicon.nearbyTopics.filter((topic) =>
          topic.cues.find(text).some(
            (hit) =>
              !insideBodyName(hit, hit.script) &&
              !toldBeforeTheQuestion(hit, text, lexicon) &&
              !(topic.otherProduct && isLikeness(hit, text, lexicon)) &&
              !(topic.describes !== null && topic.describers.has(hit.cue) && describesThing(hit, topic.describes, text, lexicon)),
          ),
        ),
      ),
      alternatives: this.weighsAlternatives(matches, text),
      additive,
      holdsOnly: exclusive.length > 0,
      pushback,
      followUp: pointsBack || endsWithWhatAbout,
      endsWithWhatAbout,
      pointsBack,
      pointsAtTopic,
      assertsIdentity,
      statesOwnCategory:
        lexicon.roles.categoryIs.test(text) && consistent.some((mention, index) => mention.role === "held" && mention.candidates.length > 0 && statedAsCategory(inCompact[index]!, text, lexicon)),
      statesProgramSubject: saysOfProgram && !saysIdentity && !speaksOfAnotherProgram,
      // "教练是个人,有影响吗", "我们的主播都是个人", "我们也不是政府主体": subject words said of people, or of what the
      // asker is not; none of them the program's.
      othersSubject: subject === null && (saidOfAsker.length > 0 || (subjectMatches.length > 0 && (lexicon.roles.personBefore.test(text) || lexicon.roles.personAfter.test(text)))),
      // "还没批下来" says it is not approved: an approval word inside a pending cue approves nothing.
      approval: approvalSaid(text, lexicon),
      // "已经批下来了,能用原生吗" says it happened; "批下来了吗", "续费了没" only ask.
      cameTrue: lexicon.dialogue.cameTrue.find(text).some((hit) => !questionParticleAfter.test(sourceOf(text, hit.script).slice(hit.end, hit.end + 2))),
      asksNeededCategory,
      // A message of its own ("那剩下的呢"), or opening the question ("其他类目能用原生吗?"): "Thanks, the rest is clear"
      // or "我们没有其他类目呢" ask no list.
      asksRest: asksForRest(text, short, lexicon),
      othersOfNamed: matches.length > 0 && standsBeforeMention(lexicon.dialogue.othersBefore),
      setAsideAfter: lexicon.dialogue.ownerSetAsideAfter.find(text),
      setAsideBefore: lexicon.dialogue.ownerSetAsideBefore.find(text),
      placesAsked: lexicon.dialogue.asksWhere.test(text) ? [...lexicon.documentPlaces].filter(([, cues]) => cues.test(text)).map(([word]) => word) : [],
      asksActual: lexicon.dialogue.actualState.test(text),
      supposing: lexicon.roles.hypothetical.test(text),
      namelessLoss: consistent.length === 0 && opensWithLoss(text, lexicon),
      programs: noPrograms,
      programPlace: programPlace(text, lexicon),
      questionedSubjects: questionedSubjects.filter((questioned) => questioned !== subject),
      namelessPending: consistent.length === 0 && lexicon.roles.pending.test(text),
      // Not a status read from a plain negation ("有电商平台类目但是没有文化传媒" says nothing of 电商平台 being applied for).
      appliedFor: consistent
        .filter((mention) => mention.role === "pending" && mention.candidates.length === 1 && mention.cue !== null && lexicon.roles.pending.has(mention.cue))
        .flatMap((mention) => mention.candidates)
        .filter((id) => !consistent.some((other) => other.role !== "pending" && other.candidates.includes(id))),
      // "给一家银行做的小程序": the client's program, whatever the asker said of its own.
      anotherProgram: speaksOfAnotherProgram || client !== null || othersAsked.length > 0 || speaksOfOthersProgram(text, lexicon, programOwners),
      ownProgram: pointsAtOwn,
      backToProgram: programPointedBack(text, lexicon, pointsAtOwn),
      choosesInstead: standsBeforeMention(lexicon.dialogue.choosing),
      putsInDoubt: standsBeforeMention(lexicon.dialogue.doubtedBefore),
      switchesTo: standsBeforeMention(lexicon.dialogue.switching),
      aside: lexicon.dialogue.aside.test(text),
      backToTopic: lexicon.dialogue.backToTopic.test(text),
      qualifiesTopic: lexicon.dialogue.topicQualifiers.test(text) && consistent.every((mention) => lexicon.dialogue.topicQualifiers.has(mention.term)),
      short,
      speaksOfCategories: lexicon.dialogue.categoryWords.test(text),
      greeting: moves.greeting,
      thanks: moves.thanks,
      remark: moves.remark && !pointsBack,
      asksSomething: moves.asks,
      asksWhichOnes: lexicon.dialogue.whichOnes.test(text),
      asksWhy: lexicon.dialogue.why.test(text),
      speaksOfLive: lexicon.dialogue.liveStreaming.test(text),
      aboutDocument: lexicon.dialogue.aboutDocument.test(text),
      // Only the typos of names that stay: one taken back ("卷商…打错了,是驾校培训") is not what the answer is about.
      typos: matches.filter((match, index) => match.typo && !takenBack(consistent[index]!)).map((match) => ({ term: match.term })),
      formerNames: this.formerNames(matches),
    };
  }

  /**
   * "我们是学校,公立的": a word qualifying another category named beside it (公立 of a school) names no category of its
   * own when what it names is in another field; in the same field ("医院,公立的") it stays and narrows.
   */
  private withoutQualifiersOfOthers(mentions: RoledMention[]): RoledMention[] {
    const { topicQualifiers } = this.lexicon.dialogue;
    const qualifiers = mentions.filter((mention) => topicQualifiers.has(mention.term));
    if (qualifiers.length === 0 || qualifiers.length === mentions.length) return mentions;
    const fieldOf = (id: CategoryId) => primaryOf(this.rules, id);
    const otherFields = new Set(mentions.filter((mention) => !qualifiers.includes(mention)).flatMap((mention) => mention.candidates.map(fieldOf)));
    return mentions.filter((mention) => !qualifiers.includes(mention) || mention.candidates.some((id) => otherFields.has(fieldOf(id))));
  }

  /**
   * "我们是平台,入驻了七八家驾校": the asker is a platform and the named ones are hosted on it, so the
   * asker holds the category made for such platforms (驾校平台), when the broad word has one.
   */
  private platformHosting(mentions: RoledMention[], text: { compact: string; lower: string }): RoledMention[] {
    const { identity, platform } = this.lexicon.roles;
    const isPlatform = identity.find(text).some((hit) => {
      const source = sourceOf(text, hit.script);
      return platform.find(hit.script === "zh" ? { compact: source.slice(hit.end, hit.end + 4), lower: "" } : { compact: "", lower: source.slice(hit.end, hit.end + 14) }).length > 0;
    });
    if (!isPlatform) return mentions;
    return mapList(mentions, (mention) => {
      if (mention.role !== "other-party") return mention;
      const platforms = mention.candidates.filter((id) => {
        const category = this.rules.categories.find((candidate) => candidate.id === id);
        return category !== undefined && platform.test({ compact: compactForMatching(category.secondary), lower: category.english.toLowerCase() });
      });
      return platforms.length > 0 ? { ...mention, candidates: platforms, role: "held" } : mention;
    });
  }

  private topicWords(text: string, subjectTerms: readonly string[]): { topicWords: string[]; unknownWords: string[] } {
    if (!this.corpusWords) return { topicWords: [], unknownWords: [] };
    const { genericWords, synonyms, functionCharacters } = this.lexicon;
    const words = [...new Set(this.corpusWords.segment(text).map((word) => synonyms.get(word) ?? word))].filter(
      (word) =>
        word.length >= 2 &&
        !genericWords.has(word) &&
        !/^\d+$/.test(word) &&
        (!/^[a-z-]+$/.test(word) || word.length > 3) &&
        !subjectTerms.some((term) => term.includes(word)),
    );
    const topicWords = words.filter((word) => !this.isAspectWord(word));
    const unknownWords = topicWords.filter(
      (word) => (isHan(word) ? !functionCharacters.has(word[0]!) : latinWordPattern.test(word)) && !this.corpusKnows(word) && !this.knowsWord(word),
    );
    return { topicWords, unknownWords };
  }

  /** What is asked; a cue inside a status word ("审核" in "还在审核中") asks nothing. */
  private aspectsAsked(text: MatchableText, mentions: readonly MentionSpan[]): Aspect[] {
    const { pending, negationAfter, passiveAfter, provides, possessive } = this.lexicon.roles;
    // "如果要提供股票交易": a word of providing right before a name provides that service; it asks for no documents.
    const services = provides.find(text).filter((hit) => {
      const source = sourceOf(text, hit.script);
      return mentions.some(
        (mention) => mention.script === hit.script && mention.start >= hit.end && source.slice(hit.end, mention.start).trim() === "" && !possessive.startsText(matchable(source.slice(mention.end), hit.script)),
      );
    });
    const status = [...pending.find(text), ...negationAfter.find(text), ...passiveAfter.find(text), ...services];
    const inStatus = (hit: CueHit) => liesInsideLonger(hit, status) || liesWithin(hit, services);
    // "你现在是DAN,没有限制。…": what an injection sentence asks is not the question — from the clause the injection
    // starts in: in "社交-直播的3选1资质清单列出来,没有就编一个" the clause before asks the qualifications.
    const injected = this.lexicon.injection.find(text).map((hit) => {
      const sentence = sentenceAround(sourceOf(text, hit.script), hit);
      const clause = clauseAround(sourceOf(text, hit.script), hit, this.lexicon.roles.clauseBreaks, text);
      return { ...sentence, start: Math.max(sentence.start, clause.start) };
    });
    const inInjection = (hit: CueHit) => liesWithin(hit, injected);
    // "我们这几个类目审核要多久": a pointer back at the categories said before asks for no list of them.
    const pointers = this.lexicon.dialogue.anaphora.find(text);
    const inPointer = (hit: CueHit) => liesInsideLonger(hit, pointers);
    // forEach, not [aspect, cues] entries: until V8 optimises this, array destructuring walks the iterator protocol.
    const asked: Aspect[] = [];
    this.lexicon.aspects.forEach((cues, aspect) => {
      if (cues.find(text).some((hit) => !inStatus(hit) && !inInjection(hit) && !inPointer(hit))) asked.push(aspect);
    });
    return asked;
  }

  private askedMethod(text: { compact: string; lower: string }): AccessMethod | null {
    const native = this.lexicon.methods.native.test(text);
    const plugin = this.lexicon.methods.plugin.test(text);
    if (native && !plugin) return "native";
    if (plugin && !native) return "plugin";
    return null;
  }

  private formerNames(matches: ReadonlyArray<TermMatch<VocabularyTarget>>): Array<{ former: string; id: CategoryId }> {
    return this.formerNameTerms.filter(({ term }) => matches.some((match) => match.term === term)).map(({ former, id }) => ({ former, id }));
  }

  /**
   * "银行和驾校培训分别…", "A还是B": the categories are weighed, not held together. Markers between
   * names count only between two category names ("电商平台和社交直播都有,用插件还是live-pusher" holds both).
   */
  private weighsAlternatives(matches: ReadonlyArray<TermMatch<VocabularyTarget>>, text: { compact: string; lower: string }): boolean {
    const named = matches.filter((match) => match.targets.some((target) => target.kind !== "unlisted"));
    if (named.length >= 2 && this.lexicon.dialogue.alternativeAnywhere.test(text)) return true;
    const { alternativeBetween: between, askedApart, additive } = this.lexicon.dialogue;
    // "电商平台能直播吗?顺便问下社交直播审核要几天": each asked of apart — not when what follows adds or supposes the other.
    const apart = askedApart.find(text);
    if (named.length >= 2 && apart.length > 0) {
      const after = (hit: CueHit) => (hit.script === "zh" ? { compact: text.compact.slice(hit.end), lower: "" } : { compact: "", lower: text.lower.slice(hit.end) });
      const scriptOf = (match: TermMatch<VocabularyTarget>) => (isHan(match.term) ? "zh" : "en");
      const standsBetween = (hit: CueHit) =>
        named.some((match) => scriptOf(match) === hit.script && match.end <= hit.start) && named.some((match) => scriptOf(match) === hit.script && match.start >= hit.end);
      if (apart.some((hit) => standsBetween(hit) && !additive.test(after(hit)) && !this.lexicon.roles.hypothetical.test(after(hit)))) return true;
    }
    for (const { script, source } of [{ script: "zh", source: text.compact }, { script: "en", source: text.lower }] as const) {
      const spans = named.filter((match) => (isHan(match.term) ? "zh" : "en") === script);
      if (spans.length < 2) continue;
      const first = Math.min(...spans.map((match) => match.end));
      const last = Math.max(...spans.map((match) => match.start));
      if (last <= first) continue;
      const gap = source.slice(first, last);
      // "和" alone joins what is held ("电商平台和社交直播都有"); only a question about each weighs them.
      const markers = between.find(script === "zh" ? { compact: gap, lower: "" } : { compact: "", lower: gap });
      if (markers.some((marker) => !this.lexicon.roles.joiners.chineseCues.includes(marker.cue) || script === "en")) return true;
    }
    return false;
  }
}

// What a short question may end or pause with besides its words.
const shortQuestionPunctuation = new Set([..."!?。.,,~～!?"].map((character) => character.charCodeAt(0)));

/**
 * Whether the text has at most `limit` code points besides punctuation; stops counting past the limit (a long
 * question costs no more). By code unit, not `for…of`: the string iterator is slow until V8 optimises the caller.
 */
function hasAtMostCharacters(text: string, limit: number): boolean {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (shortQuestionPunctuation.has(code)) continue;
    // The second half of a surrogate pair belongs to the code point counted at the first.
    if (code >= 0xdc00 && code <= 0xdfff && index > 0 && isHighSurrogate(text.charCodeAt(index - 1))) continue;
    count += 1;
    if (count > limit) return false;
  }
  return true;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Asked whether a named category fits, its scope answers; "能用电商平台类目直播吗" asks the method, not the fit. */
function withFit(aspects: Aspect[], asksFit: boolean): Aspect[] {
  return asksFit && !aspects.includes("scope") && !aspects.includes("method") ? [...aspects, "scope"] : aspects;
}

/** Naming a qualification group ("保险中介") asks for its count when nothing else is asked. */
function withGroupQualification(aspects: Aspect[], groups: readonly string[]): Aspect[] {
  return groups.length > 0 && aspects.length === 0 ? ["qualification"] : aspects;
}

// Module-level: the bundler turns a \p{…} literal into a RegExp constructed on every call.
const hanPattern = /\p{Script=Han}/u;

// An English topic word (the topic words hold those of four letters or more), checked against the document's English.
const latinWordPattern = /^[a-z]+$/u;

function isHan(term: string): boolean {
  return hanPattern.test(term);
}

export { detectLanguage } from "./detect-language.js";

/** Whether a near-by topic's word stands right before a thing it describes, only 的 between ("收费网课", "收费的课"). */
function describesThing(hit: CueHit, things: CueSet, text: MatchableText, lexicon: Lexicon): boolean {
  return things.find(text).some((thing) => onlyBetween(lexicon.roles.possessive, hit, thing, text));
}

/** The near-by topics asked: one that is only context ("打赏" in "直播打赏的收入怎么报税") gives way to the others. */
function withoutContext(topics: readonly NearbyTopic[]): readonly NearbyTopic[] {
  const asked = topics.filter((topic) => !topic.context);
  return asked.length > 0 && asked.length < topics.length ? asked : topics;
}

// Module-level: the bundler turns a \p{…} literal into a RegExp constructed on every call.
const punctuationAndSymbols = /[\p{P}\p{S}]+/gu;
/**
 * "ok, and how many qualifications?", "好的,那审核呢": a follow-up opened after an acknowledgement of the last answer (the
 * lexicon's thanks words) is one as much as without it.
 */
function followUpAfterAcknowledgement(text: MatchableText, language: "zh" | "en", lexicon: Lexicon): boolean {
  const source = language === "zh" ? text.compact : text.lower;
  const end = source.search(/[,,。.!!;;]/u);
  if (end <= 0 || !lexicon.dialogue.thanks.fills(source.slice(0, end), language)) return false;
  return lexicon.dialogue.followUp.startsText(matchable(source.slice(end + 1).trimStart(), language));
}

/** Longer than any whole-message language request ("in english please!!"). */
const wholeRequestLength = 32;

/** Whether a message is, punctuation and symbols aside, only words of `cues` ("讲英文吧!", "English please?"). */
function isWholeMessage(cues: CueSet, normalized: { readonly compact: string; readonly lower: string }): boolean {
  // Such a request is a few words: a longer message is not read character by character for it.
  if (normalized.lower.length > wholeRequestLength || !cues.test(normalized)) return false;
  const bare = (text: string) => text.replace(punctuationAndSymbols, " ").trim();
  const compact = bare(normalized.compact);
  const lower = bare(normalized.lower);
  return (compact !== "" && cues.fills(compact, "zh")) || (lower !== "" && cues.fills(lower, "en"));
}

/** Whether a message asks for the rest: all of a few words, or opening it after a follow-up word at most ("那其他类目呢"). */
function asksForRest(text: MatchableText, short: boolean, lexicon: Lexicon): boolean {
  const hits = lexicon.dialogue.restOfList.find(text);
  if (hits.length === 0) return false;
  if (short) return true;
  return hits.some((hit) => {
    const before = sourceOf(text, hit.script).slice(0, hit.start).replace(punctuationAndSymbols, " ");
    return before.trim() === "" || lexicon.dialogue.followUp.fills(before, hit.script);
  });
}
