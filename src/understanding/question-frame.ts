import type { ClaimedDuration } from "./claimed-duration.js";
import type { CueHit } from "../lexicon/cue-set.js";
import type { Aspect } from "../lexicon/lexicon-schema.js";
import type { NearbyTopic } from "../lexicon/load-lexicon.js";
import type { CategoryMention, Subject } from "../rules/rules-engine.js";
import type { AccessMethod, CategoryId } from "../rules/rules-schema.js";
import type { DeniedNamePart } from "./denied-name-parts.js";
import type { ProgramSegment } from "./program-segments.js";
import type { MentionRole } from "./mention-roles.js";
import type { NormalizedQuestion } from "./normalize-question.js";
import type { AskedQualificationCount } from "./qualification-count.js";

export type Language = "zh" | "en";

/** A category or unlisted name found in the question, with how it relates to the asker. */
export interface RoledMention extends CategoryMention {
  readonly role: MentionRole;
  /** Set for names the document does not open to live streaming ("游戏"). */
  readonly unlisted: string | null;
  /** The cue that decided the role, if one did. */
  readonly cue: string | null;
  /** Named as what the asker means to stream ("想做宠物直播"), so read like a scenario word. */
  readonly intended?: boolean;
  /** Found through a category's scenario word ("直播带货"): what is streamed, not a group's word ("医院", "汽车"). */
  readonly activity?: boolean;
}

/** The aspects a section may give no row for, which a list may be asked by the lack of. */
export const lackableAspects = ["notes", "scope", "scenario"] as const;
export type LackableAspect = (typeof lackableAspects)[number];

/**
 * Everything understanding reads from one question, once; nothing downstream re-reads the
 * question's words. Facts (`mentions`, `unlisted`, `subject`) hold only what the asker asserts.
 */
export interface QuestionFrame {
  readonly normalized: NormalizedQuestion;
  /** The language the question is written in: what its words are read as. */
  readonly language: Language;
  /** The language to answer in: the question's, unless the asker asks for the other ("请用英文回答"). */
  readonly answerLanguage: Language;
  /** Chinese asked for in one script ("换成繁体说一下", "简体回答"); null when none was asked. */
  readonly answerScript: "traditional" | "simplified" | null;
  /** An answer's language or script is asked for ("English please", "用中文说", "换成繁体"). */
  readonly asksLanguage: boolean;
  /**
   * The message's own words, its names aside, are too few to tell its language ("And 公立医疗机构?", "公立医疗机构"): it is
   * answered in the conversation's.
   */
  readonly languageUndecided: boolean;
  /** One Latin word no reading knows, asking nothing ("qwerty"): no question, answered with the help text. */
  readonly unreadWordAlone: boolean;
  /** The asker's own subject; a customer's, a partner's or a negated one is not. */
  readonly subject: Subject | null;
  /** The subject was read from a word that names it as such ("个体户", "企业主体"), not only a bare one ("我们公司"). */
  readonly subjectNamed: boolean;
  /** The subject is only supposed ("如果我们是个人主体呢", "what if we were an individual?"), not said to be the program's. */
  readonly subjectSupposed: boolean;
  /** Subjects applied for and not approved yet ("我们政府认证还在审核中"): not the program's. */
  readonly pendingSubjects: readonly Subject[];
  /** The program asked about is an organisation's ("那要是学校开的呢", "那机构呢"): no personal one (subject-wording.ts). */
  readonly madeByOrganization: boolean;
  /** Subjects the question asks whether the program counts as ("国企算政府主体吗", "does it count as personal?"). */
  readonly questionedSubjects: readonly Subject[];
  /** Subjects the asker says the program is not ("不是政府本身", "not the government itself"). */
  readonly deniedSubjects: readonly Subject[];
  /** Categories the question is about: held, or asked about when none is held. */
  readonly mentions: readonly CategoryMention[];
  /** The categories are only supposed ("如果有") or pending ("还在申请中"): none is held. */
  readonly askedOnly: "hypothetical" | "pending" | null;
  /** Unlisted names the question is about. */
  readonly unlisted: readonly string[];
  /**
   * The words of what the question asks to stream, when that is all it asks ("社交直播类目能播游戏吗": 游戏, in the question's
   * words; streamed-content.ts). The category's scenario answers; of them, a name the rules list as outside the document
   * gets a line that the category's rows do not name it — not a category said to be missing.
   */
  readonly streamedContent: readonly string[];
  /** Whether the question asks only whether something named may be streamed (words above, or a name of the category's). */
  readonly streamsContent: boolean;
  /** Whether the question asks what tells things apart ("有什么区别", "how do they differ"), not only how they compare. */
  readonly asksDifference: boolean;
  /** Keeps only what it points at ("只保留第一个", "keep only the first"), or takes it away ("去掉第二个", "drop the second"). */
  readonly keepsOnly: boolean;
  readonly removesPointed: boolean;
  /** Categories a word before a broad name said the asker is not ("私立医院": 公立医疗机构), taken out of it. */
  readonly notFor: readonly CategoryId[];
  /** Asks whether a category fits or may be chosen ("能申请社交直播类目吗", "房产中介能用房地产营销类目吗"). */
  readonly asksFit: boolean;
  /** Asked whether a category fits, the words the asker says of itself that the category is not for (rules › notFor). */
  readonly unfit: ReadonlyArray<{ readonly id: CategoryId; readonly word: string }>;
  /** Every category a word of the question says the asker is not for (rules › notFor), named or not ("那私立的呢"). */
  readonly notForSaid: ReadonlyArray<{ readonly id: CategoryId; readonly word: string }>;
  /** Categories a broad name was narrowed to by such a word, and not named outright: the answer says it read them so. */
  readonly readAsNarrowed: readonly CategoryId[];
  /** Every mention with its role, including those that are not facts. */
  readonly roled: readonly RoledMention[];
  /** Categories the question claims something about that the rules decide otherwise ("X已改名叫Y"). */
  readonly claimed: readonly RoledMention[];
  /** What is asked; empty when the question asks nothing recognisable. */
  readonly aspects: readonly Aspect[];
  /** The method a "which categories may use …" question is about. */
  readonly askedMethod: AccessMethod | null;
  /** A list asked by qualification count ("哪些类目是3选1", "哪些需要同时提供"); null otherwise. */
  readonly askedQualificationCount: AskedQualificationCount | null;
  /** The message opens by correcting what the asker said ("不对,是公立医疗机构", "sorry, I meant banks"). */
  readonly opensWithCorrection: boolean;
  /** The asked method is asked about as one not used ("哪些类目不能用原生组件", "哪些不用走插件"). */
  readonly asksMethodNotUsed: boolean;
  /** Qualification groups the question names (e.g. 保险中介机构主体). */
  readonly qualificationGroups: readonly string[];
  readonly injection: boolean;
  /** Words that say what the question is about beyond what is asked, read as the document's own ("配置" → 设置). */
  readonly topicWords: readonly string[];
  /** Chinese topic words neither the document nor the rules know ("备案"): a topic of the question's own. */
  readonly unknownWords: readonly string[];
  /** Near-by topics the document does not cover (fees, 视频号, ICP…). */
  readonly nearbyTopics: readonly NearbyTopic[];
  /** A row of a section asked before the near-by topics' words ("资质要求是不是要营业执照加ICP?"): asked of the topic's categories. */
  readonly asksRowBesideNearby: boolean;
  /** "A还是B", "分别": categories weighed against each other, not held together. */
  readonly alternatives: boolean;
  /** "我们只有…", "如果只保留…": the named categories are all that is held (or supposed held). */
  readonly holdsOnly: boolean;
  /**
   * Whether the categories named are the only ones taking the method asked ("是不是只有社交直播才能用原生", "is social live
   * the only category that can use live-pusher?"): they are set aside, the others listed, and the answer opens with
   * whether there are any.
   */
  readonly asksOnlyOnes: boolean;
  /** "再加上…", "也有…": the named categories add to the conversation's instead of replacing them. */
  readonly additive: boolean;
  /** Doubts or disputes the last answer ("你错了", "are you sure?"): it is about the last topic, checked again. */
  readonly pushback: boolean;
  /** Asks for the last answer again, as the whole message ("没看懂", "能再解释一下吗", "what do you mean?"). */
  readonly asksAgain: boolean;
  /**
   * Names categories only to ask about them: no word for the asker nor of holding ("信托和公募基金能直播吗", not "我们有…",
   * "…都有"). Several named so are each asked about on their own.
   */
  readonly onlyAsksAbout: boolean;
  /** A word of holding a category is said ("有", "具备", "拿到"): what is named is supposed held, beside what is. */
  readonly speaksOfHolding: boolean;
  /**
   * Says what the asker's business is or does in words the document has none of, naming nothing it lists, no subject
   * ("我们是做密室逃脱的,能开直播吗", "we run a bakery"): the document names no category for it.
   */
  readonly describesUnlistedBusiness: boolean;
  /** Asks for a summary of the conversation, as the whole message ("帮我总结一下", "can you sum up?"). */
  readonly asksSummary: boolean;
  /** Asks what something said does to the topic ("我们是个体户注册的,有影响吗"); read only with a subject said. */
  readonly asksEffect: boolean;
  /** Reads like a follow-up ("那…", "…呢", "这个类目…", "what about…"), or adds one thing more ("忘说了,…", "对了,…"). */
  readonly followUp: boolean;
  /** Ends asking about what it names ("…呢", "what about it"): it supposes rather than states. */
  readonly endsWithWhatAbout: boolean;
  /** Opens like a follow-up or points back ("那…", "这个类目…"): it cannot start a topic of its own. */
  readonly pointsBack: boolean;
  /** Asks what else is needed beyond the last answer ("除此之外还要啥"): the last turn's aspects are asked again. */
  readonly asksBeyondLast: boolean;
  /** Points back at the topic's categories anywhere in it ("这个类目还能用原生吗", "that category"), lexicon dialogue.anaphora. */
  readonly pointsAtTopic: boolean;
  /**
   * "那个类目能直播带货吗", "can it sell cameras too?": a pointer at the topic's category, and nothing named but activities
   * (scenario words of categories), after the pointer: the topic's category is asked whether it does them. Not "那个直播带货
   * 的类目", where the pointer describes another category, nor "我想做宠物直播,那个类目要审核多久", where it points back at
   * the activity's.
   */
  readonly activityOfTopic: boolean;
  /** "它和公立医疗机构用的方式一样吗": a pointer at the topic joined to a category named (roles.joiners between). */
  readonly joinsTopicWith: boolean;
  /** Speaks of another mini program than the one talked about ("还有个小程序是做宠物直播的"). */
  readonly anotherProgram: boolean;
  /** Points at the asker's own program ("我们自己的是…", "我这个小程序"). */
  readonly ownProgram: boolean;
  /** Has a word for the asker ("那我们还卖硬件呢", lexicon roles.askerOpeners): what follows is said of the asker. */
  readonly speaksOfAsker: boolean;
  /**
   * Names no program but goes back to one asked about before: the asker's own ("那我们呢", "我们的没问题吧"), the other
   * one ("客户那个还是原生对吧") or the earlier one, whichever it was ("回到第一个").
   */
  readonly backToProgram: "own" | "other" | "earlier" | null;
  /** A category supposed is chosen instead of what was supposed before ("要是选多方通信呢"), not added to it. */
  readonly choosesInstead: boolean;
  /** A category put back as a doubt, a doubting word right before it ("不是证券/期货吗", "难道不该是…", "shouldn't it be…"). */
  readonly putsInDoubt: boolean;
  /** A category supposed is taken instead of what the topic holds or supposes ("要是换成多方通信呢"). */
  readonly switchesTo: boolean;
  /** Said to be beside the point ("题外话", "off topic, but…"): the topic waits for the next question. */
  readonly aside: boolean;
  /** Says the program holds none of the categories the document lists ("没有文档里列的任何类目"). */
  readonly holdsNoListedCategory: boolean;
  /** The two characters before each 的 or 呢 ("平台的", "培训的呢"): a part of a name pointed at by it. */
  readonly partsPointedAt: readonly string[];
  /** Points at one thing by its method ("插件那个呢", "the plugin one"): of several talked about, the one that streams so. */
  readonly pointsByMethod: AccessMethod | null;
  /** Supposes the program is what a category is not for, right after the supposition ("如果是民办的,审核要多久"). */
  readonly supposesNotFor: boolean;
  /** Says the asker is what a category is not for, an asker word and a copula a few characters before ("我们其实是民营的"). */
  readonly statesNotFor: boolean;
  /** Supposes what the program is ("如果是有线下校区的培训机构呢", "what if we were a bank?"). */
  readonly supposesIdentity: boolean;
  /** The supposition says what the program is, by a name or a word that finds a group ("那如果是医院呢"): its owner too. */
  readonly supposesOwner: boolean;
  /** "那如果换成一家银行呢": what is supposed is another owner (an organisation word before the name), not only another category. */
  readonly replacesOwner: boolean;
  /** "个人那个怎么办": the subject of the program a pointer word right after a subject word points at (several programs). */
  readonly subjectPointer: Subject | null;
  /**
   * Points at a place among the categories talked about or listed: the first (0), second (1), any other by its number
   * ("第四个", "the 4th one": 3) or the last (-1) ("第一个的适用范围", "the latter?", "最后一个呢"); null otherwise.
   */
  readonly pointsAtOrdinal: number | null;
  /** Names nothing and points at a place among notes ("第二条呢", "第1点什么意思", "最后一条"): 0 for the first, -1 the last. */
  readonly pointsAtNote: number | null;
  /** Asks about the document for its link or web address ("给个链接", "link to the source?"), lexicon linkWords. */
  readonly asksLink: boolean;
  /** Unknown words asked in a numbered item of their own ("2.数字藏品可以吗"): said to be outside the document, not dropped. */
  readonly unknownApart: readonly string[];
  /** Asks whether one option is enough or all must be given ("满足一个就行吗", "三个都要吗"), lexicon countRuleAsked and qualificationCount › optionsAsked. */
  readonly asksCountRule: boolean;
  /** How many it asks are all needed, when it says ("六个都要吗": 6): the count, or one group's, with that many options. */
  readonly countRuleOf: number | null;
  /** Asks, naming nothing, which ones so many options are ("有哪五个", "which three?"): of the last count given. */
  readonly asksWhichOfSeveral: boolean;
  /** Asks, naming nothing, what else could be chosen ("那个不行的话还能选什么"), lexicon alternativeAsked. */
  readonly asksAlternative: boolean;
  /** Asks for more of the same list ("还有吗", "is that all?"), lexicon dialogue.moreOfSame — a request for the rest too. */
  readonly asksMoreOfSame: boolean;
  /** Asks, as the whole message, how many ("一共几个", "how many is that?"): after several categories, how many those are. */
  readonly asksCountOfThem: boolean;
  /** Points at the other of two categories talked about, the one the conversation is not on ("那另一个呢", "the other one?"). */
  readonly pointsAtOther: boolean;
  /** Points at the two categories talked about last ("这两个有什么区别", "qualifications for both?"). */
  readonly pointsAtPair: boolean;
  /** Names nothing and points at the several categories talked about ("这几个都用啥方式接入"), lexicon dialogue.severalPointers. */
  readonly pointsAtSeveral: boolean;
  /**
   * Names nothing, opens with a count of things and asks of each ("三个分别几选一", "3个资质各要几个"): how many — the
   * last that many categories talked about, when as many were.
   */
  readonly pointsAtCount: number | null;
  /** Goes back to the topic an aside or an uncovered question interrupted ("回到正题", "back to the live streaming"). */
  readonly backToTopic: boolean;
  /** Opens with a word of going back ("说回政府那个", "回到刚才企业那个", "back to the company one"). */
  readonly goesBack: boolean;
  /** The subject a word of going back names, in its clause, whatever role it is read in ("说回政府那个" → government). */
  readonly goesBackTo: Subject | null;
  /** Names nothing but a word that qualifies the topic ("我们是公立的", "we're a public one"): no category of its own. */
  readonly qualifiesTopic: boolean;
  /** Names nothing but says something was lost ("又被撤了", "turns out it was revoked again"): of the topic's categories. */
  readonly namelessLoss: boolean;
  /**
   * Categories said to be still applied for, in words of applying or review (lexicon roles.pending: "还在审核中",
   * "still under review"), and not held or denied by another mention of them.
   */
  readonly appliedFor: readonly CategoryId[];
  /** Two or more programs the message describes, each with its own categories ("一个是…,另一个是…"); else empty. */
  readonly programs: readonly ProgramSegment[];
  /** Of those programs, the one the asking clause is about ("…,我们能直播吗"), or null: each is answered (asked-program.ts). */
  readonly askedProgram: number | null;
  /** An earlier program pointed at by its place ("第二个呢", "the other one"), counted from 0. */
  readonly programPlace: number | null;
  /** One more program is described, after those before it ("还有一家是…"), dialogue.programNext. */
  readonly programNext: boolean;
  /** Names nothing but says a category is still applied for ("类目还没申请下来", "still under review"): the topic's. */
  readonly namelessPending: boolean;
  /** Says "如果", "要是", "what if"…: what the question names may be only supposed. */
  readonly supposing: boolean;
  /** Asks which category it takes ("要有什么类目才能用原生", "what category do we need"). */
  readonly asksNeededCategory: boolean;
  /** …a category besides the one held ("还要补什么类目", "另外需要别的类目吗", "what other category do we need"). */
  readonly asksAdditionalCategory: boolean;
  /** Asks whether something counts as what is named, or what a word means ("算违法违规商品吗", "具体指啥"; dialogue.noteCountsAs). */
  readonly asksWhatCounts: boolean;
  /** Points at one note by its words ("时政信息那条注意", "the note about…"; lexicon dialogue.notePointers). */
  readonly namesNoteByWords: boolean;
  /** …by the category it is written under ("私募那条规定,信托也要遵守吗", "the note about private funds"): that category's ids. */
  readonly notesPointedAt: readonly CategoryId[];
  /** Names a group of categories as a note names one ("需补充医疗相关类目", "具体要补哪个医疗类目"): note-group.ts. */
  readonly namesNoteGroup: boolean;
  /**
   * Asks where to do something in a place the document shows ("在后台哪里选类目"): the places it names (lexicon
   * dialogue.asksWhere and documentPlaces), or none.
   */
  readonly placesAsked: readonly string[];
  /**
   * The document's rules on subjects asked as a whole, naming no subject or category ("文档对主体有什么规定"): the words
   * of the line that holds them (corpus label personalRule), as `placesAsked` holds a place's. Empty otherwise.
   */
  readonly subjectRuleWords: readonly string[];
  /** The enterprise subject said of the program is registered outside mainland China (lexicon roles.abroadWords). */
  readonly subjectFromAbroad: boolean;
  /** Asks where the whole of what the document sums up is (lexicon fullVersion and asksWhere): `placesAsked` holds its pointer's word. */
  readonly asksFullVersion: boolean;
  /**
   * Where the message sets something aside, right after or right before it ("客户那个先不管", "不是客户的"; lexicon
   * dialogue.ownerSetAsideAfter / ownerSetAsideBefore): an owner word there points at no program.
   */
  readonly setAsideAfter: readonly CueHit[];
  readonly setAsideBefore: readonly CueHit[];
  /** Names a category group as the others than the topic's ("其他金融类目呢"), lexicon dialogue.othersBefore. */
  readonly othersOfNamed: boolean;
  /** Asks for the categories the last answer left out ("其他的呢", "and the rest?"), lexicon dialogue.restOfList. */
  readonly asksRest: boolean;
  /** "那现在呢,还没加", "and right now without it?": asks about what is held, not what was supposed before. */
  readonly asksActual: boolean;
  /** "已经加上了", "续上了", "it got approved": what was supposed or still to come is held now. */
  readonly cameTrue: boolean;
  /** "等批下来以后呢", "once it is approved": supposes held what was not yet. */
  readonly approval: boolean;
  /** Says what the asker is ("我们主要是…", "we are…"), not only what it does. */
  readonly assertsIdentity: boolean;
  /** Names a category it holds as its own ("小程序类目是社交直播", "our category is trust"). */
  readonly statesOwnCategory: boolean;
  /** What is said is of the mini program ("小程序主体就是个人", "小程序先挂在我个人名下"), not of the asker itself. */
  readonly statesProgramSubject: boolean;
  /** Subject words said of people, or of what the asker is not, and none of the program's ("教练是个人,有影响吗", "我们也不是政府主体"). */
  readonly othersSubject: boolean;
  /** A subject said of a program owner ("那合作方换成企业主体呢"): theirs — the program's when the conversation is on it. */
  readonly ownersSubject: Subject | null;
  /**
   * The asker's own subject, said beside another party's program the message asks about ("我们是政府单位,客户是企业主体的
   * 电商平台,客户能用原生吗"): what "那我们自己呢" goes back to.
   */
  readonly askersOwnSubject: Subject | null;
  /** The asker's own categories, said beside another party's the message asks about ("我们是信托,客户是驾校平台,他们能直播吗"). */
  readonly askersOwnCategories: readonly CategoryId[];
  /** A few words only ("社交直播", "保险公司自己呢"): an answer to the last question or a follow-up to it. */
  readonly short: boolean;
  /** Says "类目" in general ("类目和实际场景不符会怎样"). */
  readonly speaksOfCategories: boolean;
  /** A greeting or a request for help, nothing else. */
  readonly greeting: boolean;
  /** Asks why ("为什么电商平台不能用 live-pusher"): the document gives rules, not reasons. */
  readonly asksWhy: boolean;
  /** Asks whether a category is easy to get, or which is easier (dialogue.easeAsked): the document ranks none. */
  readonly asksEase: boolean;
  /** Speaks of a code submission after the first (dialogue.laterSubmission): the document's review time is the first's. */
  readonly asksLaterSubmission: boolean;
  /** "下周五上线来得及吗", "will we make it in time?": whether the review time makes a date of the asker's (lexicon deadlineAsked). */
  readonly asksDeadline: boolean;
  /**
   * Asks whether something may be sold or bought ("能在直播间卖保健品吗"; trade-asked.ts): the notes answer, and where a
   * category has none, that the document does not say.
   */
  readonly asksTrade: boolean;
  /** Of the topic words, those that only name trading (交易 from 下单), when a trade is asked: they find no passage. */
  readonly tradeTopicWords: readonly string[];
  /**
   * Categories a negation says the asker is not by a part of their names ("我们不是平台": 电商平台, 驾校平台…; denied-name-parts.ts),
   * with the part: a follow-up's rules the topic's category out.
   */
  readonly deniedByPart: readonly DeniedNamePart[];
  /** Speaks of live streaming itself ("想做个政策解读直播"). */
  readonly speaksOfLive: boolean;
  /** Thanks or an acknowledgement, nothing else ("谢谢", "got it"). */
  readonly thanks: boolean;
  /** Praise of the bot, nothing else ("你挺懂的", "good bot"): a short reply, like thanks. */
  readonly praise: boolean;
  /** Frustration or an insult at the bot, nothing asked ("你这机器人太垃圾了"): an apology and what it can do, not "outside the document". */
  readonly complaint: boolean;
  /** Asks nothing, names nothing and is no thanks or greeting ("好嘞,我去跟产品同步一下"): the topic stays. */
  readonly remark: boolean;
  /** Asks which ones ("哪些审核要7天", "which ones"), even without a word for categories. */
  readonly asksWhichOnes: boolean;
  /**
   * The aspects asked as lacking ("哪些类目没有注意事项", "没写直播场景", "which have no scope"): a list of them is of the
   * categories the document gives no such row for.
   */
  readonly lackedAspects: ReadonlyArray<LackableAspect>;
  /**
   * The words of what the asker says it does not do ("不碰时政", "我们没有时政内容", "we don't do political news"): negated
   * mentions with no word for categories right after them ("没有时政信息类目" lacks a category instead).
   */
  readonly notDone: readonly string[];
  /** Topic words the asker says it does not do, a negation right before them ("不涉及线上交易": 交易). */
  readonly notDoneWords: readonly string[];
  /** Asks what the document says of a category as a whole ("企业征信那条说什么", "what does the document say about banks?"). */
  readonly asksWholeSection: boolean;
  /** Asks among the categories just talked about ("其中哪些…", "which of them…"), lexicon dialogue.amongThem. */
  readonly asksAmongThem: boolean;
  /** Sets the topic's categories aside ("除了这个还有哪些要插件"), lexicon dialogue.exceptTopic. */
  readonly exceptsTopic: boolean;
  /** Sets the several categories talked about aside ("除了这几个还有哪些…"), lexicon dialogue.exceptSeveral. */
  readonly exceptsSeveral: boolean;
  /** Asks which of several categories' qualifications offers more options ("哪个可选的方案更多"), dialogue.optionsCompared. */
  readonly comparesOptions: boolean;
  /** Asks something: an aspect, a question mark or a question word ("能在直播里卖药吗"). */
  readonly asksSomething: boolean;
  /** Asks about the document itself: when it was updated, where the answers come from. */
  readonly aboutDocument: boolean;
  /** Asks which categories may not stream ("不能直播的类目有哪些"; lexicon cannotStreamAsked): the document lists none. */
  readonly asksCannotStream: boolean;
  /**
   * One group's word and a row asked of each of its categories ("教育类资质要求分别是几选几", lexicon eachOne): every one is
   * answered, weighed one against another.
   */
  readonly asksEachOfGroup: boolean;
  /** Asks who reviews ("谁来审", "哪个部门审核", "who reviews it"; lexicon reviewerAsked). */
  readonly asksReviewer: boolean;
  /** Means a group named whole ("金融类的都能吗", "all the fund categories"; lexicon wholeGroup). */
  readonly meansWholeGroup: boolean;
  /** Asks what the document calls a method, naming no category ("直播插件叫啥名字来着"); null otherwise. */
  readonly asksMethodName: AccessMethod | null;
  readonly typos: readonly { readonly term: string }[];
  /** Former names used in the question ("征信业务"), with the category's current name. */
  readonly formerNames: ReadonlyArray<{ readonly former: string; readonly id: CategoryId }>;
  /** Asks how two or more categories it names differ, each side named ("银行和信托有什么区别"; not "和银行有什么区别"). */
  readonly comparesNamedOnes: boolean;
  /** Asks what a qualification count written in it means ("3选1是什么意思"): `askedQualificationCount` holds it. */
  readonly asksCountMeaning: boolean;
  /**
   * Puts the count written to the bot as the category's, to be confirmed or corrected ("公募基金是3选1吧", "银行也要同时提供
   * 吧"): not explained (`asksCountMeaning`), nor one of alternatives weighed ("要同时提供还是2选1").
   */
  readonly countClaimed: boolean;
  /** Puts it that no qualifications are needed ("听说保险中介不用资质"), where the qualifications are asked or told. */
  readonly claimsNoQualification: boolean;
  /** Puts it that there is no review ("社交直播是不是不用审核"), lexicon dialogue.noReviewClaimed. */
  readonly claimsNoReview: boolean;
  /** A category named is asked of on its own ("那驾校培训本身能用吗"), lexicon dialogue.itselfAlone right after it. */
  readonly asksOfItAlone: boolean;
  /**
   * A subject and categories weighed each on its own ("保险和个人认证分别能不能直播"): two programs, the categories' as well as
   * the subject's answered.
   */
  readonly weighsSubjectApart: boolean;
  /**
   * The document's subjects weighed against each other, no category named ("个人主体和企业主体有什么区别"): each answered by
   * its own rule. Empty unless two or more are.
   */
  readonly comparedSubjects: readonly Subject[];
  /** Asks whether what is named is the same ("一样吗", "有区别吗", "the same as"), or how it differs (lexicon sameAsked). */
  readonly asksSame: boolean;
  /**
   * Puts the asked method as the category's, to be confirmed ("我记得保险是用插件的对吧", "I think banks use the plugin,
   * right?"): when the rules give another, the answer says it is not so.
   */
  readonly methodClaimed: boolean;
  /** Asks whether or why a submission is turned back ("会不会被驳回"): the general note says when. */
  readonly asksRejection: boolean;
  /** …of a refusal said, asking its reason or what to do next ("审核被拒了怎么办"): the document does not say. */
  readonly rejectionHandled: boolean;
  /**
   * Asks what happens when the category chosen does not match what the program does ("类目选错了会怎样"): the general
   * note on when a submission is turned back answers, of categories in general — not the topic's in particular.
   */
  readonly asksCategoryMismatch: boolean;
  /** What to do next, or why, asked as the whole message ("那现在咋办", "what now?"): after a refusal, of that refusal. */
  readonly asksWhatNow: boolean;
  /** Says the asker is no platform hosting others ("不是平台", "就一家店"; lexicon roles.notPlatform, singleBusiness). */
  readonly saysNotPlatform: boolean;
  /** A review time the question puts, to be confirmed or corrected ("社交直播审核是3天对吧"); null when none or no review is asked. */
  readonly claimedReviewDuration: ClaimedDuration | null;
  /** The message typed in pinyin, as the Chinese it was read as ("gongmu jijin neng zhibo ma" → 公募基金能直播吗); else null. */
  readonly readFromPinyin: string | null;
}
