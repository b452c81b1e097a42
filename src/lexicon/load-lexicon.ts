import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { formatValidationError } from "../config/format-validation-error.js";
import { fail, ok, type Result } from "../shared/result.js";
import { CueIndex } from "./cue-index.js";
import { CueSet } from "./cue-set.js";
import { compactForMatching } from "../understanding/normalize-question.js";
import { aspectNames, commandNames, lexiconSchema, type Aspect, type CommandName, type LexiconData } from "./lexicon-schema.js";
import { containsHan } from "../shared/han-script.js";

export interface NearbyTopic {
  readonly id: string;
  readonly label: { readonly zh: string; readonly en: string };
  /** What the document still says that bears on the topic (the schema's list, one place). */
  readonly helps: Exclude<LexiconData["nearbyTopics"][number]["helps"], undefined> | null;
  /** Where to look instead of WeChat's documents (lexicon `lookAt`), or null. */
  readonly lookAt: { readonly zh: string; readonly en: string } | null;
  readonly otherProduct: boolean;
  /** Said beside another near-by topic, it is that one's context, not asked (lexicon `context: true`). */
  readonly context: boolean;
  /** Its words count categories: a question of it is no list of the document's (lexicon `noList: true`). */
  readonly noList: boolean;
  /** A request the bot does not take on at all (lexicon `declines: true`): declined, with no source to look at. */
  readonly declines: boolean;
  /** What of a category answered makes the topic covered after all (lexicon `answeredBy`), or null. */
  readonly answeredBy: "review" | "qualification-items" | null;
  /** Words holding a cue that describe rather than ask ("收费的科目一理论课"), or null. */
  readonly describes: CueSet | null;
  readonly describers: ReadonlySet<string>;
  /** Words holding one of its cues that do not ask about it (lexicon `notInside`), or null. */
  readonly notInside: CueSet | null;
  /** Words asking about the topic only after an access method's word in their clause (lexicon `ofMethod`), or null. */
  readonly ofMethod: CueSet | null;
  readonly cues: CueSet;
}

/** The lexicon compiled for matching; every module reads its words from here. */
export interface Lexicon {
  readonly data: LexiconData;
  readonly aspects: ReadonlyMap<Aspect, CueSet>;
  readonly methods: { readonly native: CueSet; readonly plugin: CueSet };
  readonly roles: { readonly [Role in keyof LexiconData["roles"]]: CueSet };
  readonly dialogue: { readonly [Marker in keyof LexiconData["dialogue"]]: CueSet };
  readonly commands: ReadonlyMap<string, CommandName>;
  readonly nearbyTopics: readonly NearbyTopic[];
  readonly injection: CueSet;
  /** After an injection, a word going on to a request of its own ("…and list…"): the injection ends there. */
  readonly injectionEnds: CueSet;
  readonly genericWords: ReadonlySet<string>;
  readonly functionCharacters: ReadonlySet<string>;
  /** For each character, those often typed in its place. */
  readonly confusable: ReadonlyMap<string, ReadonlySet<string>>;
  /** Aspects whose answer is the category's own, whoever holds it: asked of another party's category, they ask about it. */
  readonly categoryOwnAspects: ReadonlySet<Aspect>;
  readonly synonyms: ReadonlyMap<string, string>;
  /** An owner word as a later message says it ("ours" → our, lexicon › ownerForms). */
  readonly ownerForms: ReadonlyMap<string, string>;
  /** Places the document shows, by its own word (lexicon › documentPlaces). */
  readonly documentPlaces: ReadonlyMap<string, CueSet>;
  /** Words written otherwise outside the mainland, read as the mainland word ("小程式" → "小程序"). */
  readonly regionalWords: ReadonlyMap<string, string>;
  /**
   * Chat shorthand read as the words in full, whole words only: English ("govt" → government; lexicon ›
   * englishShorthands), and in a message with Chinese characters, letters typed for Chinese ("xcx" → 小程序; lexicon ›
   * chineseShorthands).
   */
  readonly expandShorthands: (text: string) => string;
  /** Words the character table converts otherwise than Taiwan writes them (lexicon › traditionalForms). */
  readonly traditionalForms: ReadonlyMap<string, string>;
  /** Characters traditional writers type as in simplified text (lexicon › traditionalAsTyped). */
  readonly traditionalAsTyped: ReadonlySet<string>;
  /** Marks said of what stands beside them, read as words ("✅" → 有, "❌" → 没有). */
  readonly statusMarks: ReadonlyMap<string, string>;
  /** What a message of emoji alone says, by an emoji in it (lexicon › emojiAlone): thanks or a greeting. */
  readonly emojiAlone: ReadonlyMap<string, "thanks" | "greeting">;
  /** English category words read as verbs after one of `after` ("I trust"). */
  readonly englishVerbUse: { readonly words: ReadonlySet<string>; readonly after: ReadonlySet<string>; readonly toAsPrepositionAfter: ReadonlySet<string> };
  readonly tokenizerWords: readonly string[];
  readonly stickerCodes: ReadonlySet<string>;
  readonly quotedMessage: { readonly lineMarks: readonly string[]; readonly blockMarks: readonly string[]; readonly openers: readonly string[]; readonly separatorCharacters: string };
  /** How a question writes a qualification count ("3选1", "one of three"), and asks for all items required. */
  readonly qualificationCount: {
    readonly numerals: ReadonlyMap<string, number>;
    readonly zh: string;
    /** English words between the number chosen and the number offered ("one of three", "1 out of 3"). */
    readonly en: readonly string[];
    /** English words between the number offered and the number chosen, as Chinese orders them ("3-choose-1"). */
    readonly enOfferedFirst: readonly string[];
    readonly allRequired: CueSet;
    readonly noneGiven: CueSet;
    /** Words saying only that nothing is written: read as a row left empty when the message speaks of qualifications. */
    readonly noneGivenOfRow: CueSet;
    readonly noneNeeded: CueSet;
    /** The row written only "/" (斜杠): those rows, not the empty ones. */
    readonly slashGiven: CueSet;
    /** Asking about the options of a count by how many ("三个都要吗", "有哪五个", "保险要几个"): the words around the numeral. */
    readonly optionsAsked: { readonly zhMeasures: readonly string[]; readonly zhOptionNouns: readonly string[]; readonly zhAll: readonly string[]; readonly zhNeed: readonly string[]; readonly zhAfterNeed: readonly string[]; readonly enAll: readonly string[]; readonly zhWhich: readonly string[]; readonly enWhich: readonly string[]; readonly zhBare: readonly string[]; readonly zhBareParticles: readonly string[] };
  };
  /** How a question writes a place by its number ("第四个", "the 4th one"); numerals are qualificationCount's. */
  readonly ordinals: { readonly zhBefore: readonly string[]; readonly zhAfter: readonly string[]; readonly en: ReadonlyMap<string, number>; readonly enAfter: readonly string[]; readonly zhFromEnd: readonly string[]; readonly enFromEnd: readonly string[]; readonly notAfter: CueSet; readonly noteZhAfter: readonly string[]; readonly noteEnAfter: readonly string[]; readonly noteLast: readonly string[]; readonly questionZhAfter: readonly string[]; readonly questionEnAfter: readonly string[] };
  readonly corpusLabels: LexiconData["corpusLabels"];
  /** Every cue set above in one index: `cueIndex.scan(question)` reads a question once for all of them. */
  readonly cueIndex: CueIndex;
}

/** Validates lexicon data and compiles it; errors name the file, the path and the fix. */
export function compileLexicon(data: unknown, file: string): Result<Lexicon> {
  const parsed = lexiconSchema.safeParse(data);
  // A lexicon kept from an older version misses the keys added since: the shipped file has each, with a comment.
  if (!parsed.success) return fail(formatValidationError(file, parsed.error, "see the conventions at the top of corpus/lexicon.yaml; a key reported as Required was added after your copy was made (copy it from the shipped corpus/lexicon.yaml, where a comment says what it holds), and an unrecognized key is not read (check its spelling or remove it)"));
  const value = parsed.data;
  const commands = new Map<string, CommandName>();
  for (const name of commandNames) {
    for (const word of value.commands[name]) {
      const key = word.toLowerCase();
      const existing = commands.get(key);
      if (existing && existing !== name) return fail(`${file}: commands.${name}: "${word}" is also a word of commands.${existing}; fix: keep each command word in one list`);
      commands.set(key, name);
    }
  }
  const ids = new Set<string>();
  for (const [position, topic] of value.nearbyTopics.entries()) {
    if (ids.has(topic.id)) return fail(`${file}: nearbyTopics.${position}.id: duplicate id "${topic.id}"; fix: give each topic its own id`);
    ids.add(topic.id);
  }
  const setOf = <Keys extends string>(source: Record<Keys, LexiconData["injection"]>) =>
    Object.fromEntries(Object.entries(source).map(([key, cues]) => [key, new CueSet(cues as LexiconData["injection"])])) as Record<Keys, CueSet>;
  const aspects = new Map(aspectNames.map((name) => [name, new CueSet(value.aspects[name])]));
  const methods = { native: new CueSet(value.methods.native), plugin: new CueSet(value.methods.plugin) };
  const roles = setOf(value.roles);
  const dialogue = setOf(value.dialogue);
  const nearbyTopics = value.nearbyTopics.map((topic) => ({ id: topic.id, label: topic.label, helps: topic.helps ?? null, lookAt: topic.lookAt ?? null, otherProduct: topic.otherProduct === true, context: topic.context === true, noList: topic.noList === true, declines: topic.declines === true, answeredBy: topic.answeredBy ?? null, describes: topic.describes ? new CueSet(topic.describes) : null, describers: new Set((topic.describers ?? []).map((word) => compactForMatching(word.toLowerCase()))), ofMethod: topic.ofMethod ? new CueSet(topic.ofMethod) : null, notInside: topic.notInside ? new CueSet(topic.notInside) : null, cues: new CueSet(topic) }));
  const injection = new CueSet(value.injection);
  // Read only after an injection's hit, which few questions have: no place in the shared index.
  const injectionEnds = new CueSet(value.injectionEnds);
  const qualificationCount = { ...value.qualificationCount, numerals: new Map(Object.entries(value.qualificationCount.numerals)), allRequired: new CueSet(value.qualificationCount.allRequired), noneGiven: new CueSet(value.qualificationCount.noneGiven), noneGivenOfRow: new CueSet(value.qualificationCount.noneGivenOfRow), noneNeeded: new CueSet(value.qualificationCount.noneNeeded), slashGiven: new CueSet(value.qualificationCount.slashGiven) };
  const ordinals = { ...value.ordinals, en: new Map(Object.entries(value.ordinals.en)), notAfter: new CueSet(value.ordinals.notAfter) };
  // Sets read only on pieces of a question (the gap before a mention, the whole of a short message) gain nothing from
  // the question's one reading, and their one-character cues (好, 的, 该) would cost it a lookup at most positions; nor
  // do sets read once per question at most (readOnDemand).
  const cueIndex = new CueIndex(cueSetsOf({ aspects, methods, roles, dialogue, nearbyTopics, injection }, (name) => !readOnPieces.has(name) && !readOnDemand.has(name)));
  return ok({
    data: value,
    aspects,
    methods,
    roles,
    dialogue,
    commands,
    nearbyTopics,
    injection,
    injectionEnds,
    genericWords: new Set([...value.genericWords.zh, ...value.genericWords.en]),
    functionCharacters: new Set([...value.functionCharacters]),
    confusable: confusableMap(value.confusableCharacters),
    categoryOwnAspects: new Set(value.categoryOwnAspects),
    synonyms: new Map(Object.entries(value.synonyms)),
    ownerForms: new Map(Object.entries(value.ownerForms)),
    documentPlaces: new Map(Object.entries(value.documentPlaces).map(([word, cues]) => [word, new CueSet(cues)])),
    regionalWords: new Map(Object.entries(value.regionalWords)),
    expandShorthands: chineseAfterEnglish(shorthandExpander(value.englishShorthands), shorthandExpander(value.chineseShorthands)),
    traditionalForms: new Map(Object.entries(value.traditionalForms)),
    traditionalAsTyped: new Set(value.traditionalAsTyped),
    statusMarks: new Map(Object.entries(value.statusMarks)),
    emojiAlone: new Map(Object.entries(value.emojiAlone)),
    englishVerbUse: {
      words: new Set(value.englishVerbUse.words),
      after: new Set(value.englishVerbUse.after.map((word) => word.toLowerCase())),
      toAsPrepositionAfter: new Set(value.englishVerbUse.toAsPrepositionAfter),
    },
    tokenizerWords: value.tokenizerWords,
    stickerCodes: new Set(value.stickerCodes.map((name) => name.toLowerCase())),
    quotedMessage: value.quotedMessage,
    qualificationCount,
    ordinals,
    corpusLabels: value.corpusLabels,
    cueIndex,
  });
}

/**
 * The lexicon's cue sets, in one order: aspects, methods, the role and dialogue sets `keep` keeps by name (all, by
 * default), near-by topics (with the words they count only after a method), injection cues.
 */
export function cueSetsOf(
  lexicon: Pick<Lexicon, "aspects" | "methods" | "roles" | "dialogue" | "nearbyTopics" | "injection">,
  keep: (name: string) => boolean = () => true,
): CueSet[] {
  const named = (sets: Readonly<Record<string, CueSet>>) => Object.entries(sets).filter(([name]) => keep(name)).map(([, set]) => set);
  return [...lexicon.aspects.values(), lexicon.methods.native, lexicon.methods.plugin, ...named(lexicon.roles), ...named(lexicon.dialogue), ...lexicon.nearbyTopics.flatMap((topic) => (topic.ofMethod ? [topic.cues, topic.ofMethod] : [topic.cues])), lexicon.injection];
}

/** Role and dialogue sets the understanding reads only on pieces of a question, never on the question as a whole. */
export const readOnPieces: ReadonlySet<string> = new Set([
  "help", "greetings", "greetingCompanions", "helpTopics", "hasProgramAfter", "exclusiveModifiers", "obtaining", "pairNotAfter", "requests", "fitGap", "fitAfterGap", "closingWords", "statusOpeners", "clauseOpeners", "joiners", "possessive", "possessedProgram", "possessiveStandsForProgram", "approvalAsksWhat", "ownCategoriesNotWith", "ownCategoriesHaving", "copula", "tagQuestions", "streamingNounAfter",
  "serviceFor", "partnerBefore", "hostedAfter", "hostedAfterEnds", "hostedBefore", "hostedGap", "runByOther", "negationAdjacent", "personAfter", "speaksForSelf", "ownerAfter", "otherProgramBefore", "programWords", "personMadeProgram", "alsoWords", "asksStatus", "programSubjectAfter", "heldOnceBefore", "notOnlyBefore", "memberBefore", "memberAfter", "alreadyAfterIf", "aspectSetAsideGap", "hearsayRelation", "talkedAboutBefore", "passingBefore", "madeCount", "modelSuffix", "theirPossessive", "notTheirs", "buildsFor", "beforeMarks", "speechAfter", "thenDeferred", "programSubjectBefore", "ownedProgram", "pointerNotProgram", "personIs", "personOfPlaceAfter", "futureWords", "changeByAsker", "afterChange", "bodyThingsAfter", "collectiveBefore", "reflexive", "statusEnders", "changeAsked", "subjectAsked", "activityFillers", "notMethodGap", "comparedAfter", "activityVerbs", "likenessBefore", "questionEndings", "subjectCountsAsNot", "programOwnerEnds", "programOpenerEnds", "removedBefore", "activityDone", "programPlaceNot", "neededCategoryGap", "ownerIsGap", "whichTakeGap", "neededCategoryCondition", "supposedIdentity", "streamingAsked", "questionFillers", "sourceAsked", "praiseCompanions", "praiseComparedBy", "praiseComparedWith", "itemCountWords", "itemMeasures", "sourceOwners", "streamingOpeners", "comparedAsked",
  "listVerbGap", "methodListLink", "languageRequestCompanions", "comparedGap", "firstTimeOnly", "hostingScope", "settingAfter",
  "knownOfOwn", "supposedAfterOpener", "moreOfSame", "exampleMarkers", "usesProgramAfter", "usesProgramGap", "questionParticles", "yesNoParticles", "classifyGap", "fitPointers", "fitUseVerbs", "subjectIsBefore", "subjectAskedBefore", "subjectAskedAfter", "backgroundMarkers", "contactBefore", "subjectAskedOpeners", "subjectArticleBefore", "subjectAskedWithMark",
  "clientAfterProgram", "servedPeople", "sameAsOther", "weakOpenerDescribes", "subjectUnavailableBefore", "subjectUnavailableVerbs", "subjectUnavailableOpeners", "subjectUnavailableAfter",
  "ownerPointedAfter", "ownerOpenerMiddles", "ownerOpenerEnds", "aspectIntoTopicGap", "noteGroupAfter", "additiveQuestion",
]);

/**
 * Dialogue sets read on the whole question but once at most, and only in some questions (a message of its own, a
 * message with program openers): their own scan when read costs less than their hits in every question's reading
 * ("小程序", "not" and "两个" stand in many questions).
 */
export const readOnDemand: ReadonlySet<string> = new Set([
  "fullVersion", "meaningAsked", "programCounts", "programNouns", "clientNouns", "pairPointers", "eachPointers", "firstOne", "secondOne", "thirdOne", "lastOne", "otherOne", "otherOneThen", "countOfThem", "countOfThemCompanions", "moreOrFewer", "allCategoriesAsked", "countCategoryGap", "countNotOfDocument", "noQualificationClaimed", "countCheckAlone", "noListedCategory", "askAgain", "askAgainCompanions", "asksEffect", "neededCategoryVerbs", "servedOwners", "ownerPhraseGoesOn", "ownerPartAfter", "leaveBeforeTrade", "leaveAfterTrade", "leaveLookalikes", "tradeLookalikes", "rhetoricalDenial", "aspectLacking", "wholeSection", "ownCategories", "aspectLackingGap", "negatedPartFillers", "negatedPartEnds", "fitConditionOpeners", "reviewNeedsGap", "additionalNeed", "oneByMethod", "reviewPeople", "summaryAsked", "neededCategoryAlone", "whatNowCompanions", "anotherProgramOpeners", "holdingWords", "businessOpeners", "subjectRulesAsked", "subjectCertification", "reviewTimeAsked", "streamedWhat",
  "beliefSaid", "nameAsked", "cannotStreamAsked", "eachOne", "reviewerAsked", "businessOpenersAtStart", "businessNouns", "fitChoiceVerbs", "approvalTags",
  "organizationMakers", "rejectionHandled", "methodChosenBefore", "methodGivenUpBefore", "differenceAsked", "keepOnly", "removePointed", "lastAnswerPointers", "categoryMismatch", "mismatchOf",
]);

/** Reads and compiles the lexicon file (synchronously: it is small and read once at start-up). */
export function loadLexicon(file: string): Result<Lexicon> {
  let data: unknown;
  try {
    data = parse(readFileSync(file, "utf8"));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (error as Error).message.split("\n")[0];
    return fail(`${file}: (root): cannot read or parse (${reason}); fix: restore corpus/lexicon.yaml from git or set LEXICON_FILE`);
  }
  return compileLexicon(data, file);
}

function confusableMap(groups: readonly string[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    for (const character of group) {
      const others = map.get(character) ?? new Set<string>();
      for (const other of group) if (other !== character) others.add(other);
      map.set(character, others);
    }
  }
  return map;
}

/**
 * Replaces each shorthand standing as a whole word, in any case, by its word in full. One pattern for all of them, built
 * once; a text without a Latin letter is returned as it is (most questions).
 */
function shorthandExpander(shorthands: Readonly<Record<string, string>>): (text: string) => string {
  const words = new Map(Object.entries(shorthands));
  if (words.size === 0) return (text) => text;
  // Not inside a domain name or a hyphenated word ("example.info", "info-desk").
  const pattern = new RegExp(`(?<![A-Za-z'.-])(?:${[...words.keys()].join("|")})(?![A-Za-z'-])`, "giu");
  return (text) => (latinLetter.test(text) ? text.replace(pattern, (word) => words.get(word.toLowerCase()) ?? word) : text);
}

const latinLetter = /[A-Za-z]/u;

/**
 * English shorthand anywhere, then letters typed for Chinese words only where the message writes Chinese: "zb" or
 * "zhuti" beside Chinese is pinyin, in an English message it may be anything.
 */
function chineseAfterEnglish(english: (text: string) => string, chinese: (text: string) => string): (text: string) => string {
  return (text) => {
    const expanded = english(text);
    return containsHan(expanded) ? chinese(expanded) : expanded;
  };
}
