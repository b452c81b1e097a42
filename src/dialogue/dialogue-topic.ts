import type { Aspect } from "../lexicon/lexicon-schema.js";
import type { Subject } from "../rules/rules-engine.js";
import type { AccessMethod, CategoryId } from "../rules/rules-schema.js";
import type { HeldFacts } from "./suppositions.js";
import type { ProgramSegment } from "../understanding/program-segments.js";
import type { AskedQualificationCount } from "../understanding/qualification-count.js";

/** What a conversation remembers about its topic: resolved facts, never display names. */
export interface DialogueTopic {
  readonly categories: readonly CategoryId[];
  readonly subject: Subject | null;
  readonly unlisted: readonly string[];
  /** What the last turn asked, so "保险公司呢?" asks it again of the new category. */
  readonly aspects?: readonly Aspect[];
  /** Everything asked on this program so far, for a summary ("帮我总结一下"): the method, then what else was asked. */
  readonly askedSoFar?: readonly Aspect[];
  /** Categories the asker said it does not hold yet ("社交直播还在申请"), for "等批下来以后呢". */
  readonly notHeld?: readonly CategoryId[];
  /** The qualification group the asker said it is ("我们是保险中介"), for "几选一" after it. */
  readonly qualificationGroups?: readonly string[];
  /**
   * Categories the program's own description ruled out ("我们是一家民营医院": 公立医疗机构), so naming one later ("公立医疗
   * 机构类目能直播吗") is answered with its scope, as a question saying both at once is.
   */
  readonly notFor?: readonly CategoryId[];
  /** The subject was said of the asker itself ("我们是个人认证的"), not only asked about: it stays with later categories. */
  readonly subjectStated?: boolean;
  /** The topic is another program's than the asker's own ("帮朋友问下,他们是…"). */
  readonly aboutAnother?: boolean;
  /**
   * The topic of the program talked about before the conversation went to another ("我们是教育平台" then "我朋友公司是做
   * 保险的,他们呢"): "那我们呢" goes back to it. One level: the program before holds no other of its own.
   */
  readonly otherProgram?: DialogueTopic;
  /**
   * What is held while the topic is only supposed ("我们只有电商平台" then "如果以后再加个社交直播呢"): "那现在呢,还没加"
   * goes back to it.
   */
  readonly actual?: HeldFacts;
  /** The categories the last turn added to the topic's, all of which stayed ("社交直播也批下来了"): what "又被撤了" takes away. */
  readonly lastAdded?: readonly CategoryId[];
  /**
   * The topic an aside or a question the document does not cover ended ("今天天气怎么样", "插件要花钱吗"): "回到正题,…"
   * takes it up again. One level: the topic it holds has none of its own.
   */
  readonly interrupted?: DialogueTopic;
  /** The categories were chosen by a supposition ("要是选汽车预售服务…"): another chosen ("要是选多方通信呢") replaces them. */
  readonly chosen?: boolean;
  /** The topic waiting was interrupted by a question about another product (视频号, 抖音): a follow-up is about that. */
  readonly interruptedByProduct?: boolean;
  /** The categories were weighed against each other ("银行和电商平台分别用什么"), not held together: "那审核呢" answers each. */
  readonly alternatives?: boolean;
  /** Several programs described ("客户的是X,我们自己的是Y"): later messages point at one, or ask of them all. */
  readonly programs?: readonly ProgramSegment[];
  /**
   * The programs were described one message each, by their place ("第一个是…", "第二个客户是…"): a later message points
   * at one by its place ("回到第一个客户"); one pointing at none stays with the program talked about, not all of them.
   */
  readonly programsPlaced?: boolean;
  /**
   * The categories the last answer offered to choose from, none held (「教育的呢」: a group whose categories differ): "其他的呢"
   * after it asks for the rest of the document's, as after a list.
   */
  readonly offered?: readonly CategoryId[];
  /** The method a group's options were listed by ("教育类哪些要用插件"): "一共几个" after it counts those of that method. */
  readonly offeredBy?: AccessMethod;
  /**
   * The two categories talked about last, in the order first talked about ("音视频设备…" then "多方通信呢"), while the
   * topic is one of them: "这两个有什么区别" weighs the two, "前者" is the first. After one was picked from a longer list
   * told apart, that list ("第四个呢" then "那第十个呢"); what needs two asks for exactly two.
   */
  readonly pair?: readonly CategoryId[];
  /**
   * The categories talked about on this program, in the order first talked about, the last few (recentLimit): "这几个都用
   * 啥方式接入" after three asked in turn answers the three. Started afresh on another program or a correction.
   */
  readonly recent?: readonly CategoryId[];
  /** The pair came from a correction: its first was said by mistake, and no word of its name points back at it. */
  readonly pairByCorrection?: boolean;
  /**
   * The categories whose scenario the last turn asked of the one held ("那能做直播课吗" after 多方通信: 在线视频课程): "那应该选
   * 什么类目" then asks for them. Only for the turn after.
   */
  readonly activityOf?: readonly CategoryId[];
  /**
   * The categories are told apart, not held together: the candidates of one broad name ("医院": 互联网医院 or 公立医疗机构), or
   * named to be answered each on its own ("信托和银行分别…").
   */
  readonly apart?: boolean;
  /**
   * The asker described its business in words the document lacks, naming nothing it lists ("我们是开琴行的"): asked next
   * which category it takes, the document still names none (unlisted-business.ts).
   */
  readonly businessUnlisted?: boolean;
  /** The last turn was about a refusal of the program's submission: "那现在咋办" asks what to do about it. */
  readonly refused?: boolean;
  /** What the last answer, a list, was listed by ("哪些能用原生": the native tags): "没看懂" lists the same again. */
  readonly listedBy?: ListFilters;
}

/** What a list of categories is listed by: an access method, a qualification count, or neither (all of them). */
export interface ListFilters {
  readonly method: AccessMethod | null;
  readonly count: AskedQualificationCount | null;
  /** The categories as the list showed them, in order: "第一个呢" points at a place in it. */
  readonly order?: readonly CategoryId[];
}

export const noTopic: DialogueTopic = { categories: [], subject: null, unlisted: [], aspects: [], notHeld: [], qualificationGroups: [] };

/** Whether the topic holds anything to answer about: categories, unlisted names or a subject. */
export function hasContent(topic: DialogueTopic): boolean {
  return topic.categories.length > 0 || topic.unlisted.length > 0 || topic.subject !== null;
}

/**
 * The topic's own fields of a conversation state, which also holds history, citations and what was retrieved: what an
 * interrupted topic keeps, so an aside does not store the conversation twice, and what answer() hands back. The topic an
 * aside interrupted is left out: it holds none of its own.
 */
export function topicOnly(topic: DialogueTopic): DialogueTopic {
  // Every field named, by the type: a field added to DialogueTopic and not copied here does not compile (one left out
  // was lost between turns).
  const fields: { readonly [Field in keyof Required<DialogueTopic>]: DialogueTopic[Field] } = {
    categories: topic.categories,
    subject: topic.subject,
    unlisted: topic.unlisted,
    aspects: topic.aspects,
    askedSoFar: topic.askedSoFar,
    notHeld: topic.notHeld,
    qualificationGroups: topic.qualificationGroups,
    notFor: topic.notFor,
    subjectStated: topic.subjectStated,
    aboutAnother: topic.aboutAnother,
    otherProgram: topic.otherProgram,
    actual: topic.actual,
    lastAdded: topic.lastAdded,
    interrupted: undefined,
    chosen: topic.chosen,
    alternatives: topic.alternatives,
    interruptedByProduct: topic.interruptedByProduct,
    programs: topic.programs,
    programsPlaced: topic.programsPlaced,
    offered: topic.offered,
    offeredBy: topic.offeredBy,
    pair: topic.pair,
    pairByCorrection: topic.pairByCorrection,
    activityOf: topic.activityOf,
    recent: topic.recent,
    apart: topic.apart,
    listedBy: topic.listedBy,
    businessUnlisted: topic.businessUnlisted,
    refused: topic.refused,
  };
  return fields;
}
