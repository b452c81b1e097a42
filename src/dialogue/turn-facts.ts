import type { Aspect } from "../lexicon/lexicon-schema.js";
import type { Facts, Subject } from "../rules/rules-engine.js";
import type { QuestionFrame } from "../understanding/question-frame.js";
import type { DialogueTopic } from "./dialogue-topic.js";
import type { AccessMethod, CategoryId } from "../rules/rules-schema.js";
import type { ProgramSegment } from "../understanding/program-segments.js";

/** What the document says, as far as the tracker needs it. */
export interface TopicKnowledge {
  /** Whether the sections of these categories use the word (「定金」 in 房地产营销's note). */
  sectionsMention(word: string, categories: readonly CategoryId[]): boolean;
  /** The first-level group a category is filed under (教育, 医疗…). */
  primaryOf(category: CategoryId): string | undefined;
  /** The category's access method, as the rules decide it for the category alone. */
  methodOf(category: CategoryId): AccessMethod | undefined;
  /** The categories filed under the same first-level group as this one, itself included, in the document's order. */
  groupOf(category: CategoryId): readonly CategoryId[];
  /** The category's own name as the document writes it (驾校平台), lower-case. */
  nameOf(category: CategoryId): string;
  /** The category's English name (education – driving school platform), lower-case. */
  englishNameOf(category: CategoryId): string;
  /**
   * Where the category's note sends an asker who only does one thing (rules › onlyDoing: 证券/期货's 「若小程序仅提供证券、
   * 期货投资等在线咨询服务,建议选 证券/期货投资咨询 类目」), or null.
   */
  onlyDoingSendsTo(category: CategoryId): CategoryId | null;
  /**
   * Whether the sections of these categories speak of an unlisted name, by its name or one of its words ("医药" by
   * 医疗器械 in 电商平台's note).
   */
  unlistedMentioned(name: string, categories: readonly CategoryId[]): boolean;
  /**
   * Whether a note of these categories that speaks of the unlisted name sends it to another category to choose instead
   * (企业征信's 「若涉及提供【个人征信业务】服务,需选择【金融业-个人征信】类目」), not one to add on top (社交-直播's
   * 「如提供时政信息服务,需补充【时政信息】类目」).
   */
  unlistedSentElsewhere(name: string, categories: readonly CategoryId[]): boolean;
}

/**
 * Which facts a turn is about:
 * - "question": the question's own (it names categories, an unlisted name or a subject);
 * - "inherited": a follow-up without a topic of its own ("那需要什么资质", "直播里能收定金吗") takes the last topic;
 * - "new-topic": the question brings a topic of its own the document does not know (ICP, 视频号, fees) — fresh;
 * - "none": nothing to go on.
 * `aspects` are the question's own, or the last turn's when a short follow-up asks nothing by itself.
 */
export interface TurnFacts {
  readonly source: "question" | "inherited" | "new-topic" | "none";
  readonly facts: Facts;
  readonly aspects: readonly Aspect[];
  /** Categories this turn says are not held yet, remembered with the topic. */
  readonly notHeld: readonly CategoryId[];
  /**
   * Of those, the ones still applied for that the turn asks about ("驾校平台类目还在申请中,能直播吗", "类目还没申请下来"
   * after the topic): the answer says its verdict holds once they are held.
   */
  readonly pending?: readonly CategoryId[];
  /** The qualification groups the turn is about: its own, or the topic's when it goes on with the same categories. */
  readonly qualificationGroups: readonly string[];
  /** Categories the program's description ruled out so far, this turn's words included (DialogueTopic.notFor). */
  readonly notFor?: readonly CategoryId[];
  /** The facts' subject is one the asker said of itself (this turn, or carried from one that did). */
  readonly subjectStated: boolean;
  /**
   * Which program the turn is about against the topic's: the same, another's ("他们呢"), the asker's own after
   * another's ("我们自己的是…"), or back to the one before ("那我们呢").
   */
  readonly program?: "same" | "another" | "own" | "back";
  /** The asker's own subject, said beside the other program the turn is about: the program "那我们自己呢" goes back to. */
  readonly askersOwnSubject?: Subject;
  /** The asker's own categories, said beside the other program the turn is about. */
  readonly askersOwnCategories?: readonly CategoryId[];
  /** The turn supposes categories or a subject for the topic's program ("如果再加个社交直播呢", "要是换成公司主体呢"): what was held before stays for "那现在呢". */
  readonly supposes?: boolean;
  /** Supposing categories beside others the same message holds ("如果加上社交-直播,我们这个电商平台…"): those held. */
  readonly heldBesideSupposed?: readonly CategoryId[];
  /**
   * The turn ends a supposition: it goes back to what is held ("那现在呢,还没加"), or says what was supposed came true
   * ("好,我们加上了,现在呢").
   */
  readonly endsSupposition?: boolean;
  /** The turn chooses its categories by a supposition ("要是选汽车预售服务"). */
  readonly chosen?: boolean;
  /** The turn takes up the topic an aside interrupted ("回到正题"). */
  readonly resumes?: boolean;
  /** The turn compared the topic with another category ("和证券/期货有啥区别"): the topic stays as it was. */
  readonly compares?: boolean;
  /** A summary's subject only supposed along the way ("要是个人主体呢"): its rule is said beside the categories summed up. */
  readonly subjectSupposed?: Subject;
  /** The turn asked about another product (视频号, 抖音): the topic it leaves waiting is not taken up by a bare follow-up. */
  readonly aboutOtherProduct?: boolean;
  /** The categories, of those the topic holds, that the turn asks about by name ("社交-直播审核要多久"): the verdict is all held's. */
  readonly focus?: readonly CategoryId[];
  /** "那要加什么" after an answer pointed to another category: the one to add, which is what the turn needs. */
  readonly added?: readonly CategoryId[];
  /** Categories a list leaves out: the last answer's, when the turn asks for the rest ("其他的呢"). */
  readonly setAside?: readonly CategoryId[];
  /** The last list again, as it was listed, without what the turn sets aside ("除了金融的呢" after a list). */
  readonly listAgainWithout?: boolean;
  /** Categories a list is asked among ("其中资质是2选1的" after a group's options): the list keeps to them. */
  readonly within?: readonly CategoryId[];
  /** `within` is the rest of those the last list was asked among ("剩下的呢"): listed by what was asked, not by the last list's count or method. */
  readonly restOfShown?: boolean;
  /** The groups `within` are, when the question named them itself ("金融类里哪些是3选1"): the heading names them. */
  readonly withinGroups?: readonly string[];
  /**
   * A place pointed at beyond the list the last answers showed ("第12个" of 11): its number (negative counted from the
   * end) and how many the list has. The list is answered again, after a line saying so.
   */
  readonly placeMissing?: { readonly place: number; readonly count: number };
  /** The place of the one note pointed at among those the last answer gave of the topic's category ("第二条呢"). */
  readonly noteAt?: number;
  /** The place of the one qualification option (or group) pointed at after a category's qualifications ("第二个呢"). */
  readonly optionAt?: number;
  /** More of the rows just given was asked ("还有吗" after a category's notes): they are all the document writes of them. */
  readonly allOfRows?: boolean;
  /** Groups asked how many of a list shown hold, which it holds none of ("how many of these are medical?"): their words. */
  readonly noneAmongShown?: readonly string[];
  /** The programs the conversation described (several-programs.ts), kept for later pointers. */
  readonly programs?: readonly ProgramSegment[];
  /** The place the turn gives the one program it describes ("第二个客户是驾校…": 1), 0 for the first. */
  readonly placedProgram?: number;
  /** The programs were described one message each, by place (DialogueTopic.programsPlaced). */
  readonly programsPlaced?: boolean;
  /** The turn corrects the topic's categories ("不对,我们是驾校培训"): the one corrected away is not talked about any more. */
  readonly corrects?: boolean;
  /** An activity asked of the categories held, the categories whose scenario it is (DialogueTopic.activityOf). */
  readonly activityOf?: readonly CategoryId[];
  /** Each of those programs is answered on its own. */
  readonly eachProgram?: boolean;
  /**
   * Topic categories the turn's words say the asker is not for, with no name of their own ("那私立的呢" after
   * 公立医疗机构): they do not fit what it now describes, and a category is needed.
   */
  readonly ruledOut?: ReadonlyArray<{ readonly id: CategoryId; readonly word: string }>;
  /** Those were ruled out as things are, not only in a supposition: they leave the topic. */
  readonly ruledOutForNow?: boolean;
  /** Which option of the one category's qualification count is easiest, asked after its qualifications ("哪个最好弄"). */
  readonly easeAmongOptions?: boolean;
  /** What else could be chosen, asked after the program ruled the topic's category out: the rest of its group (DialogueTopic.notFor). */
  readonly narrowedTo?: readonly CategoryId[];
  /**
   * A group asked whether it fits a business said before that the document does not list ("我们是开宠物医院的" then
   * "那选医疗类目可以吗"): the group's categories are answered, with a line that the document does not say they fit it.
   */
  readonly fitOfBusinessBefore?: boolean;
  /** The turn is about a refusal of the topic's program ("我们类目被驳回了", then "那现在咋办"). */
  readonly refusal?: boolean;
  /** The turn describes, or asks about, a business the document lacks words for (unlisted-business.ts). */
  readonly businessUnlisted?: boolean;
}

/** What the tracker knows of a turn while it reads it, for the readings kept in files of their own. */
export interface TurnContext {
  readonly topic: DialogueTopic;
  readonly frame: QuestionFrame;
  readonly knowledge: TopicKnowledge;
  /** The turn names categories or unlisted names of its own. */
  readonly named: boolean;
  /** The aspects the turn asks, or the last turn's when it asks none of its own. */
  readonly carried: readonly Aspect[];
  readonly lastAspects: readonly Aspect[];
  /** The topic's facts without what the turn says is not held. */
  readonly fromTopic: Facts;
  readonly turn: (source: TurnFacts["source"], facts: Facts, aspects?: readonly Aspect[]) => TurnFacts;
}

export const emptyFacts: Facts = { subject: null, mentions: [], unlisted: [] };
