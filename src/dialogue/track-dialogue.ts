import { unlistedAsContent } from "../understanding/streamed-content.js";
import type { Aspect } from "../lexicon/lexicon-schema.js";
import { mentionOfCategory, type CategoryMention, type Facts, type Subject } from "../rules/rules-engine.js";
import type { CategoryId } from "../rules/rules-schema.js";
import type { QuestionFrame, RoledMention } from "../understanding/question-frame.js";
import { afterSupposition, namelessLoss, wentBackFromSupposition } from "./suppositions.js";
import { resumedTopic } from "./interruptions.js";
import { hasContent, type DialogueTopic } from "./dialogue-topic.js";
import { withFields } from "../shared/with-fields.js";
import { withUnlistedBusiness } from "./unlisted-business.js";
import { programTurn } from "./several-programs.js";
import { placesOf, soleCategoryShown, wholeGroupOf } from "./list-places.js";
import { countTurn, listTurn, placeBeyondTurn, severalOfListTurn } from "./list-turns.js";
import { emptyFacts, type TopicKnowledge, type TurnContext, type TurnFacts } from "./turn-facts.js";
import { ownUnknownTopic } from "./unknown-topic.js";
import { methodPointedCategory, ordinalCategory, pointedCategory, siblingPointedAt, talkedAboutOf } from "./talked-about.js";
import { containsHan } from "../shared/han-script.js";
import { lackedWord } from "../understanding/unlisted-unfit.js";

export type { HeldFacts } from "./suppositions.js";
export { interruptedTopic } from "./interruptions.js";
export { nextTopic, withPointedPair } from "./next-topic.js";
export type { TopicKnowledge, TurnFacts } from "./turn-facts.js";
export { noTopic, type DialogueTopic } from "./dialogue-topic.js";


/** Pure: the last topic, this turn's frame and the document decide the facts the turn is about. */
export function resolveTurn(topic: DialogueTopic, frame: QuestionFrame, knowledge: TopicKnowledge): TurnFacts {
  // After an aside (interruptions.ts), a turn may take up the topic waiting: read as if the aside had not been asked.
  // 「回到刚才的直播」 goes back to that topic, not to the program before it.
  const resumed = resumedTopic(topic, frame);
  const held = resumed ?? topic;
  // "合作方是个人认证的" then "那合作方换成企业主体呢": on that owner's program, the owner's subject is the program's; from the
  // asker's own ("我们小程序个人认证" then "合作方企业主体,类目保险"), the turn is about the owner's program — unless the
  // asker says what it is itself ("我们是信托,客户个人实名后才能看直播": customers, of the asker's program).
  const ownersTurn = frame.subject === null && frame.ownersSubject !== null && !frame.ownProgram && (held.aboutAnother === true || frame.anotherProgram || !frame.assertsIdentity);
  const read = ownersTurn ? { ...frame, subject: frame.ownersSubject, anotherProgram: held.aboutAnother !== true || frame.anotherProgram } : frame;
  const readFirst = resumed ? withFields(readTurn(resumed, read.backToTopic ? { ...read, backToProgram: null } : read, knowledge), { resumes: true }) : readTurn(topic, read, knowledge);
  // A refusal said or asked about is what "那现在咋办" next asks about (DialogueTopic.refused).
  const turn = withUnlistedBusiness(read.rejectionHandled && readFirst.source !== "new-topic" ? withFields(readFirst, { refusal: true }) : readFirst, held, read);
  // "要是把社交直播删了呢", "如果社交直播到期不续了呢": a loss only supposed keeps what is held for "那现在呢".
  const supposesLoss = read.supposing && turn.source !== "new-topic" && turn.notHeld.some((id) => held.categories.includes(id));
  const supposedLoss = supposesLoss && !turn.supposes && !turn.endsSupposition ? withFields(turn, { supposes: true }) : turn;
  // "如果下个月加上社交-直播,我们这个电商平台小程序能用原生吗": a category supposed beside one held, in one message —
  // what is held stays for "那这个月呢", as after a supposition of its own turn.
  const supposed = supposedBesideHeld(supposedLoss, read) ?? supposedLoss;
  // "个人老师开的呢" then "那要是学校开的呢", "那机构呢": an organisation's program is no personal one — the personal subject
  // only asked about before goes, and the categories decide. Not one the asker said its own program is ("我们是个人主体的小程序").
  const organisations =
    frame.madeByOrganization && supposed.facts.subject === "personal" && held.subjectStated !== true ? withFields(supposed, { facts: { ...supposed.facts, subject: null } }) : supposed;
  // "我们是政府单位,客户是企业主体的电商平台,客户能用原生吗": the asker's own, said beside, is kept for "那我们自己呢".
  // "我们是信托,客户是驾校平台,他们能直播吗": so are its categories.
  if (organisations.program !== "another" || (read.askersOwnSubject === null && read.askersOwnCategories.length === 0)) return organisations;
  const withSubject = read.askersOwnSubject === null ? organisations : withFields(organisations, { askersOwnSubject: read.askersOwnSubject });
  return read.askersOwnCategories.length === 0 ? withSubject : withFields(withSubject, { askersOwnCategories: read.askersOwnCategories });
}

/** The turn marked as supposing, with the categories the message holds beside those it supposes; null when not so. */
function supposedBesideHeld(turn: TurnFacts, frame: QuestionFrame): TurnFacts | null {
  if (!frame.supposing || turn.source !== "question" || turn.supposes || turn.endsSupposition) return null;
  const supposedIds = namedOutrightAs(frame, ["hypothetical"]);
  const heldIds = namedOutrightAs(frame, ["held"]).filter((id) => !supposedIds.includes(id));
  const ruled = new Set(turn.facts.mentions.flatMap((mention) => mention.candidates));
  if (supposedIds.length === 0 || heldIds.length === 0 || !supposedIds.every((id) => ruled.has(id))) return null;
  return withFields(turn, { supposes: true, heldBesideSupposed: heldIds });
}

/** The categories the message names outright (one candidate, not found by a scenario word) in one of these roles. */
function namedOutrightAs(frame: QuestionFrame, roles: readonly RoledMention["role"][]): string[] {
  return frame.roled.filter((mention) => roles.includes(mention.role) && !mention.scenario && mention.candidates.length === 1).flatMap((mention) => mention.candidates);
}

function readTurn(topic: DialogueTopic, frame: QuestionFrame, knowledge: TopicKnowledge): TurnFacts {
  // Categories this turn says are not held: pending ("社交直播还在申请") or negated.
  // Not an activity or what a category is for said lacking ("没有线下教学"): no category is said not held by it.
  const notHeld = namedOutrightAs(frame, ["pending", "negated"]);
  const pending = frame.appliedFor;
  // "社交直播那个类目被驳回了", "we dropped social-live", "要是把社交直播删了呢": a topic category the asker now says it
  // does not hold (or supposes gone) leaves the topic; the rest of it stays.
  const withdrawn = new Set(notHeld);
  // "那如果不是政府主体呢", "我们不是政府主体呢" after the government's rule: a follow-up that denies the topic's subject
  // leaves it; a statement that denies it of something else ("直播的内容不是政府相关的") does not.
  const subjectDenied = topic.subject !== null && frame.deniedSubjects.includes(topic.subject) && frame.followUp;
  // "社交直播能直播吗" then "个人认证的小程序可以吗" then "回到刚才那个,资质几选一": a subject only asked about beside the
  // program's categories answered that turn; the questions after it are the categories' again. Not one supposed of the
  // asker's own program ("如果我们是个人主体呢" then "那审核要多久"): that supposition goes on (suppositions.ts).
  // Not when the categories were only weighed for a program of that subject, none held ("政府主体的小程序要不要加电商平台
  // 类目" then "那还需要插件吗"): the subject is that program's, and decides what follows.
  const weighedForSubject = topic.categories.every((id) => topic.notHeld?.includes(id));
  const subjectAskedOnly =
    topic.subject !== null && topic.subjectStated !== true && topic.actual === undefined && topic.categories.length > 0 && !weighedForSubject && !frame.asksWhy && !frame.pushback && !frame.asksLanguage && !frame.asksAgain;
  const fromTopic: Facts = {
    subject: subjectDenied || subjectAskedOnly ? null : topic.subject,
    mentions: topic.categories.filter((id) => !withdrawn.has(id)).map(mentionOfCategory),
    unlisted: topic.unlisted,
    // Weighed against each other before, they still are: "那审核呢" answers each, as held by none.
    alternatives: topic.alternatives === true,
  };
  const hasTopic = hasContent(topic);
  const lastAspects = topic.aspects ?? [];
  // "保险公司呢?", "社交直播" after a clarifying question: a short follow-up asks again what was asked.
  // "是保险中介,不是保险公司" after a 保险 question refines the same topic: it asks the same thing.
  const refines = frame.mentions.some((mention) => mention.candidates.some((id) => topic.categories.includes(id)));
  // "我说错了,不是社交直播,是电商平台", "不对,是公立医疗机构" after "…审核要多久": a correction asks it again too.
  const correctsTopic = frame.mentions.length > 0 && topic.categories.length > 0 && (frame.opensWithCorrection || topic.categories.some((id) => withdrawn.has(id)));
  // Not when it asks about a method ("那原生呢" after "资质要什么"): that is what it asks. Nor when it only tells what is
  // not held yet or lost ("社交直播下周才批" after "资质要几选一"): that asks for the verdict now, not the question again.
  const toldStatusOnly = !frame.asksSomething && !correctsTopic && (pending.length > 0 || notHeld.length > 0);
  // "除此之外还要啥": what was asked last, again — unless the message asks something of its own ("除此之外,审核要多久?"); a
  // word of needing more (还要, lexicon notes) asks nothing of its own.
  const asksOwnAspect = frame.aspects.some((aspect) => aspect !== "notes");
  const carried = frame.asksBeyondLast && !asksOwnAspect
    ? [...new Set([...lastAspects, ...frame.aspects])]
    : // A method word pointing at one of the categories ("原生那个呢") asks nothing of the method.
      frame.aspects.length === 0 && (frame.askedMethod === null || frame.pointsByMethod !== null) && !toldStatusOnly && (frame.followUp || frame.short || refines || correctsTopic || frame.pointsAtOrdinal !== null)
      ? lastAspects
      : frame.aspects;
  // "不对,我们其实是保险中介" then "几选一": the group is kept while the turns stay with the topic's categories.
  const staysWithTopic = (source: TurnFacts["source"], facts: Facts) =>
    source === "inherited" || (source === "question" && facts.mentions.some((mention) => mention.candidates.some((id) => topic.categories.includes(id))));
  // Another program's turn, or the asker's own after another's: the topic it leaves is the program before.
  // Already on another's program, a pointer at it ("客户那边审核要多久") stays there: the asker's own is still the one before.
  // "那我们的呢?我们有电商平台类目" after a friend's program: back to the asker's own, with a category named this time.
  const toOwn = frame.ownProgram || frame.backToProgram === "own";
  const program: TurnFacts["program"] = frame.anotherProgram ? (topic.aboutAnother === true ? "same" : "another") : topic.aboutAnother && toOwn ? "own" : "same";
  // "还有一家是…" after programs described by place: the next place.
  const describedPlace = frame.programPlace ?? (frame.programNext && topic.programsPlaced === true ? (topic.programs?.length ?? null) : null);
  const placesProgram = describedPlace !== null && describedPlace >= 0 && frame.programs.length < 2 && (frame.mentions.length > 0 || frame.unlisted.length > 0);
  // "客户是区政府" then "另一个客户是企业,有电商平台类目": a program placed past those described so far is a new one, whose
  // subject is its own.
  const newPlacedProgram = placesProgram && describedPlace! >= Math.max(1, topic.programs?.length ?? 0);
  // "我们是一家民营医院": what the program's description rules out stays with the program, said as it is (not supposed:
  // "如果是私立的呢"); a new program, or a correction, starts afresh.
  // Taken out of a broad name ("民营医院") or said of the asker beside a category it asks about ("我们是私立诊所,能用公立医疗
  // 机构类目吗").
  const notForSaid = frame.supposing ? [] : [...frame.notFor, ...frame.notForSaid.map(({ id }) => id)];
  const notForOfProgram = program !== "same" || correctsTopic ? notForSaid : [...new Set([...(topic.notFor ?? []), ...notForSaid])];
  const turn = (source: TurnFacts["source"], facts: Facts, aspects: readonly Aspect[] = frame.aspects): TurnFacts => {
    const read: TurnFacts = {
      source,
      facts,
      aspects,
      program,
      notHeld,
      // "朋友的小程序个人认证": said of another's program as it is, the subject stays with that program's later categories
      // ("他想做保险直播") as the asker's own does.
      // "我个人开发的小程序,个人认证,想做…": said of the asker's own program, not only asked about ("个人认证的小程序能直播吗").
      subjectStated:
        frame.subject !== null
          ? (frame.assertsIdentity && !frame.subjectSupposed) || (frame.anotherProgram && !frame.supposing) || (frame.speaksOfAsker && !frame.subjectSupposed && !frame.supposing && !frame.anotherProgram)
          : facts.subject !== null && facts.subject === topic.subject && topic.subjectStated === true,
      qualificationGroups: frame.qualificationGroups.length > 0 || !staysWithTopic(source, facts) ? frame.qualificationGroups : (topic.qualificationGroups ?? []),
      notFor: notForOfProgram,
      chosen: frame.choosesInstead && frame.askedOnly === "hypothetical" && source === "question",
      // "第二个客户是驾校…": the one program this message describes, at the place it gives it.
      ...(placesProgram && source === "question" ? { placedProgram: describedPlace! } : {}),
    };
    const withPending = pending.length > 0 ? { ...read, pending } : read;
    return correctsTopic ? { ...withPending, corrects: true } : withPending;
  };

  // "我们类目被驳回了" then "那现在咋办": what to do next is asked of that refusal, not the rows asked before it.
  // With no category talked about ("我们的类目审核被驳回了" alone), it asks the same of no category.
  if (topic.refused === true && frame.asksWhatNow && frame.roled.length === 0) return withFields(hasContent(topic) ? turn("inherited", fromTopic, []) : turn("none", emptyFacts, []), { refusal: true });

  // The turn names categories or unlisted names of its own.
  const named = frame.mentions.length > 0 || frame.unlisted.length > 0;
  const context: TurnContext = { topic, frame, knowledge, named, carried, lastAspects, fromTopic, turn };
  // "我们只做线上课外辅导,没有线下校区" then "应该申请哪个类目", "用什么接入": asked of nothing else, a question is of the
  // category the last answer pointed to instead of the one the asker does not fit (next-topic withPointedPair).
  const [notFitting, pointedInstead] = topic.pair ?? [];
  const asksOfPointed = frame.aspects.length > 0 || frame.askedMethod !== null || frame.asksNeededCategory;
  if (
    topic.categories.length === 0 &&
    topic.unlisted.length === 0 &&
    pointedInstead !== undefined &&
    notFitting !== undefined &&
    ((topic.notFor ?? []).includes(notFitting) || (topic.notHeld ?? []).includes(notFitting)) &&
    !named &&
    !frame.subject &&
    frame.nearbyTopics.length === 0 &&
    // Not one pointing at the two ("这俩比起来选哪个") or at a place among them: the pointers read those.
    !frame.pointsAtPair &&
    !frame.pointsAtSeveral &&
    !frame.pointsAtOther &&
    frame.pointsAtOrdinal === null &&
    asksOfPointed
  ) {
    return turn("inherited", { subject: topic.subject, mentions: [mentionOfCategory(pointedInstead)], unlisted: [] }, frame.aspects);
  }
  // "客户的是教育平台,我们自己的是多方通信", then "客户那个审核要多久" or "那资质呢".
  const programs = programTurn(topic, frame, named, carried);
  if (programs) {
    const read = turn(programs.inherited ? "inherited" : "question", programs.facts, programs.aspects);
    return withFields(read, { programs: programs.programs, eachProgram: programs.each, programsPlaced: topic.programsPlaced === true && frame.programs.length < 2 });
  }
  // "在线视频课程资质几选一" then "有哪五个": the options of the count just given — the answer gives the count again and
  // says their items did not survive.
  // …also with a turn of another row between ("资质呢" then "那讲座也能播吗" then "具体要哪五个"): the qualifications asked on
  // this program before.
  if (frame.asksWhichOfSeveral && !named && !frame.subject && topic.categories.length > 0 && (lastAspects.includes("qualification") || (topic.askedSoFar ?? []).includes("qualification"))) {
    return turn("inherited", fromTopic, ["qualification"]);
  }
  // "私募要啥资质" then "哪个最好弄": ease asked after the qualifications alone weighs them, not the review time too — and
  // "哪个" of one category with a count of options is which option is easiest, which the document does not say.
  if (frame.asksEase && !named && !frame.subject && topic.categories.length > 0 && lastAspects.includes("qualification") && !lastAspects.includes("review")) {
    return withFields(turn("inherited", fromTopic, ["qualification"]), { easeAmongOptions: frame.asksWhichOnes && topic.categories.length === 1 });
  }
  // "我们是私立医院,能用公立医疗机构类目吗" then "那个不行的话还能选什么": the rest of the group of the category talked about,
  // which the program's description ruled out — said to be what is left, as a broad name narrowed is.
  const ruledOutTopic = topic.categories.filter((id) => topic.notFor?.includes(id));
  if (frame.asksAlternative && !named && !frame.subject && ruledOutTopic.length > 0) {
    const left = [...new Set(ruledOutTopic.flatMap((id) => knowledge.groupOf(id)))].filter((id) => !topic.notFor?.includes(id));
    // Their method, and that they are what is left — no row of the document says they fit what the asker described.
    if (left.length > 0) return withFields(turn("question", { subject: topic.subject, mentions: left.map(mentionOfCategory), unlisted: [], alternatives: left.length > 1 }, []), { narrowedTo: left });
  }
  // Which category instead, naming none: "那能做直播课吗" after 多方通信 then "那应该选什么类目" — the category whose scenario
  // was asked of the one held; "直播能带用户交易吗" (the note: 需选择【金融业-证券/期货】类目) then "那要换成哪个类目" — the one
  // the last answer pointed to instead of the one held, by a note or by what is streamed (the pair).
  const [activityCategory] = topic.activityOf?.length === 1 ? topic.activityOf : [];
  const [pairHeld, pairPointed] = topic.pair?.length === 2 && topic.categories.length === 1 ? topic.pair : [];
  const insteadAsked = !named && !frame.subject;
  const instead =
    insteadAsked && (frame.aspects.includes("choose") || frame.asksNeededCategory || frame.asksAlternative) && activityCategory !== undefined
      ? activityCategory
      : insteadAsked && (frame.asksAlternative || frame.aspects.includes("choose")) && pairHeld !== undefined && pairHeld === topic.categories[0]
        ? pairPointed
        : undefined;
  if (instead !== undefined) return turn("question", { subject: topic.subject, mentions: [mentionOfCategory(instead)], unlisted: [] }, frame.aspects);
  // "那要加什么" after an answer that pointed what is streamed to another category than the one held (明星直播 beside 电商平台
  // → 社交-直播): that category, added to the one held — both answered, supposed held together.
  if (insteadAsked && frame.asksNeededCategory && !frame.asksAlternative && pairHeld !== undefined && pairPointed !== undefined && pairHeld === topic.categories[0]) {
    return withFields(turn("question", { subject: topic.subject, mentions: [mentionOfCategory(pairHeld), mentionOfCategory(pairPointed)], unlisted: [] }, frame.aspects), { supposes: true, added: [pairPointed] });
  }
  const wentBack = wentBackFromSupposition(topic, frame);
  if (wentBack) return withFields(turn("inherited", wentBack.facts, frame.aspects.length > 0 ? frame.aspects : lastAspects), wentBack.goesOn ? { supposes: true } : { endsSupposition: true });
  // "回到刚才的类目,适用范围是什么" after an aside the topic outlived: back to it, whatever its own words.
  // Not "回到刚才那个" with no aside, right after a turn to another category: that goes back to the one before it (below).
  const toEarlierCategory = frame.backToProgram === "earlier" && !topic.interrupted && (topic.recent ?? []).some((id) => !topic.categories.includes(id));
  if (frame.backToTopic && hasTopic && !named && !frame.subject && !toEarlierCategory) return turn("inherited", fromTopic, frame.aspects.length > 0 ? frame.aspects : lastAspects);
  // "帮我总结一下", "can you sum up?": each category talked about on this program, answered on its own for everything asked
  // of it so far, with the subject said — not the last answer alone. Categories held together stay together.
  if (frame.asksSummary && !named && !frame.subject) {
    const talked = (topic.recent ?? topic.categories).filter((id) => !withdrawn.has(id));
    const beyondTopic = talked.some((id) => !topic.categories.includes(id));
    // A subject only supposed ("要是个人主体呢") is not the program's: the categories are summed up, and its rule said beside.
    const supposed = topic.subject !== null && topic.subjectStated !== true && talked.length > 0 ? topic.subject : null;
    const subject = supposed === null ? topic.subject : null;
    const facts: Facts = beyondTopic ? { subject, mentions: talked.map(mentionOfCategory), unlisted: topic.unlisted, alternatives: true } : { ...fromTopic, subject };
    // What was found of them, not which to choose or how to list them.
    const found = (topic.askedSoFar ?? lastAspects).filter((aspect) => aspect !== "choose" && aspect !== "list" && aspect !== "compare");
    if (facts.mentions.length > 0 || facts.subject !== null || facts.unlisted.length > 0) {
      const summed = turn("inherited", facts, found);
      return supposed === null ? summed : withFields(summed, { subjectSupposed: supposed });
    }
  }
  // "扯远一点,你觉得学车难吗": an aside that names a category but asks nothing the document answers of it (no method, no
  // aspect, no live streaming) is no question about it; the topic waits, as for any aside (below).
  if (frame.aside && named && frame.askedMethod === null && frame.aspects.length === 0 && !frame.speaksOfLive && !frame.subject) return turn("new-topic", emptyFacts);
  // "你确定吗?不应该是证券/期货吗", "难道不是证券/期货?", "你确定?政府也要申请社交直播类目吧" after a government subject's
  // answer: another category put back as a doubting question disputes the answer,
  // asking nothing else; the topic stays, and the answer quotes what the document says between the two
  // (compose-disputed.ts). Not "你确定?那证券/期货呢", which asks about it, nor a correction that states it.
  // So is one asked why it is not that one ("为什么不是电商平台?" after 宠物直播's 社交-直播).
  const disputed = frame.roled.filter((mention) => (mention.role === "held" || mention.role === "negated") && mention.candidates.length > 0);
  const disputesWith =
    (frame.pushback || frame.asksWhy) && frame.putsInDoubt && frame.asksSomething && !frame.endsWithWhatAbout && (topic.categories.length > 0 || topic.subject !== null) && disputed.length > 0 &&
    // "为什么不选在线视频课程,那个可以用原生": why not the other, with what the other offers, asks nothing else of it.
    (frame.aspects.length === 0 || (frame.asksWhy && frame.aspects.every((aspect) => aspect === "method" || aspect === "scope" || aspect === "choose"))) &&
    frame.unlisted.length === 0 && !frame.subject && disputed.every((mention) => mention.candidates.every((id) => !topic.categories.includes(id)));
  if (disputesWith) return turn("inherited", fromTopic, lastAspects);
  const talkedAbout = talkedAboutOf(topic);
  // "这两个都有的话用什么方式" after "社交直播…" then "电商平台呢": both of the last two held together, supposed.
  const weighedTwo = topic.categories.length === 2 && talkedAbout.length === 2 ? talkedAbout : null;
  const bothOf = weighedTwo ?? (topic.categories.length === 1 && topic.pair?.length === 2 ? topic.pair : null);
  // "那两个类目都有的话" points at the two and supposes both; "这两个都有什么资质" asks what each has (no approval: a word
  // asking what follows 都有).
  if (frame.approval && !frame.cameTrue && (frame.asksSomething || frame.endsWithWhatAbout) && !named && !frame.subject && bothOf) {
    return withFields(turn("question", { subject: topic.subject, mentions: bothOf.map(mentionOfCategory), unlisted: [] }, carried), { supposes: true });
  }
  // "那两个哪个比较好" after a category the asker no longer fits and the one pointed to instead: the two, weighed.
  if (frame.pointsAtPair && !named && !frame.subject && topic.categories.length === 0 && topic.pair?.length === 2) {
    return turn("question", { subject: topic.subject, mentions: topic.pair.map(mentionOfCategory), unlisted: [], alternatives: true }, carried);
  }
  // "这两个有什么区别", "这两个资质分别几选一" after "音视频设备…" then "多方通信呢" (or after another program's): the two, each
  // answered, and they stay the topic.
  if (frame.pointsAtPair && !named && !frame.subject && topic.categories.length === 1 && talkedAbout.length === 2) {
    return turn("question", { subject: topic.subject, mentions: talkedAbout.map(mentionOfCategory), unlisted: [], alternatives: true }, carried);
  }
  // "这几个都用啥方式接入", "这三个里面哪个是走插件的" after three asked in turn: each of them, and they stay the topic.
  // …or, one picked from a longer list ("金融类里哪些能直播" then "第二个呢"), the whole list it was picked from
  // ("这几个里哪个不能做在线交易"): the pair holds it.
  const [topicCategory] = topic.categories;
  const pickedFrom = topic.categories.length === 1 && topicCategory !== undefined && (topic.pair?.length ?? 0) > 2 && topic.pair!.includes(topicCategory) ? topic.pair! : null;
  const recent = pickedFrom ?? topic.recent ?? [];
  // "三个分别几选一" after three categories asked one by one: a count of as many as were talked about points at them.
  const countsRecent = frame.pointsAtCount !== null && frame.pointsAtCount >= 3 && frame.pointsAtCount === recent.length;
  if ((frame.pointsAtSeveral || countsRecent) && !named && !frame.subject && recent.length >= 2 && topic.categories.length < recent.length) {
    return turn("question", { subject: topic.subject, mentions: recent.map(mentionOfCategory), unlisted: [], alternatives: true }, carried);
  }
  // "电商平台有哪些注意事项" then "第二条呢", "第一条什么意思": that note of the one category the notes were given for — also
  // "第二个呢", with no list of categories shown to point into.
  const notePlace = frame.pointsAtNote ?? (placesOf(topic, talkedAbout).length < 2 ? frame.pointsAtOrdinal : null);
  if (notePlace !== null && !named && !frame.subject && topic.categories.length === 1 && lastAspects.includes("notes")) {
    return withFields(turn("inherited", fromTopic, ["notes"]), { noteAt: notePlace });
  }
  // "保险资质怎么选" then "第二个呢", "电商资质二选一" then "第一个要交啥": that option (or group) of its qualifications.
  if (notePlace !== null && !named && !frame.subject && topic.categories.length === 1 && lastAspects.includes("qualification") && !lastAspects.includes("notes")) {
    return withFields(turn("inherited", fromTopic, ["qualification"]), { optionAt: notePlace });
  }
  // "如果只保留第一个呢", "如果去掉第二个呢" of categories held together: the program supposed with that one alone, or without
  // it — not asked about that one as it stands. The place counts them as they were said.
  // …and so, said as it is ("No wait, only the first one", "第二个被驳回了"), is what the program holds now.
  const keptOrRemoved = frame.pointsAtOrdinal !== null && !named && !frame.subject && (frame.keepsOnly || frame.namelessLoss || frame.removesPointed) ? topic.categories.at(frame.pointsAtOrdinal) : undefined;
  if (keptOrRemoved !== undefined && topic.categories.length >= 2) {
    const left = frame.keepsOnly ? [keptOrRemoved] : topic.categories.filter((id) => id !== keptOrRemoved);
    const kept = turn("question", { subject: topic.subject, mentions: left.map(mentionOfCategory), unlisted: [...topic.unlisted] }, frame.aspects.length > 0 ? frame.aspects : lastAspects);
    return frame.supposing || frame.endsWithWhatAbout ? withFields(kept, { supposes: true }) : kept;
  }
  // "第一个的适用范围是什么", "前者呢", "那个平台的要什么资质", "培训的呢": one of those talked about, by its place or by a word of
  // its own name that no other of them has.
  const pointed =
    frame.subject || topic.pairByCorrection === true
      ? null
      : frame.pointsAtOrdinal !== null
        ? // "排第二的那个" after a list of categories, or of a group's options ("the second one" after "which education
          // categories…"): its place as the answer showed it. Going back ("说回第一个", "back to the first one") counts
          // every category talked about on the program, in order, not the last two alone.
          ordinalCategory((frame.goesBack || frame.backToProgram === "earlier") && recent.length > 2 ? recent : placesOf(topic, talkedAbout), frame)
        : frame.pointsAtOther && talkedAbout.length === 2 && topic.categories.length === 1 && talkedAbout.includes(topic.categories[0]!)
          ? // "那另一个的适用范围" after one of two was picked: the one the conversation is not on.
            (talkedAbout.find((id) => id !== topic.categories[0]) ?? null)
          : talkedAbout.length >= 2
            ? (pointedCategory(talkedAbout, frame, knowledge) ?? methodPointedCategory(talkedAbout, frame, knowledge))
            : // "教育类哪些能直播" then "原生的那个是哪个类目": among a list or a group's options shown, by its method.
              (methodPointedCategory(placesOf(topic, talkedAbout), frame, knowledge) ?? siblingPointedAt(topic, frame, knowledge));
  // One category pointed at is no list, whatever the list before it was asked by ("其中哪些要用插件" then "第二个呢"), nor a
  // choice among categories: the pointer chose it.
  const ofOne = carried.filter((aspect) => aspect !== "list" && aspect !== "choose");
  if (pointed) return turn("question", { subject: topic.subject, mentions: [mentionOfCategory(pointed)], unlisted: [] }, ofOne);
  // "第一个呢" of categories held together: they are answered as held (talked-about.ts), not "outside the document".
  if (frame.pointsAtOrdinal !== null && !named && !frame.subject && topic.categories.length >= 2 && talkedAbout.length === 0) return turn("inherited", fromTopic, ofOne);
  // "教育类哪个能用原生标签" then "那它资质几选一": of the options listed by a method, the one that takes it.
  // Not one set aside ("除了它还有哪些", "它以外的呢"), nor a remark about it that asks nothing ("它不适合我们").
  // …nor one that asks for the other method ("它不行,我们要的是插件").
  const asksOfIt = (frame.asksSomething || frame.endsWithWhatAbout) && (frame.askedMethod === null || frame.askedMethod === topic.offeredBy);
  // So does a short follow-up asking one of its rows with no pointer ("资质几选一", "那个资质几选一"): the one shown is what
  // the conversation is on.
  const asksRowOfIt = (frame.short || frame.followUp) && frame.unlisted.length === 0 && frame.aspects.some((aspect) => aspect !== "list" && aspect !== "choose" && aspect !== "compare");
  const sole = (frame.pointsAtTopic || asksRowOfIt) && asksOfIt && !frame.pointsAtSeveral && !frame.pointsAtPair && !frame.exceptsTopic && !named && !frame.subject && topic.categories.length === 0 ? soleCategoryShown(topic, knowledge) : null;
  if (sole) return turn("question", { subject: topic.subject, mentions: [mentionOfCategory(sole)], unlisted: [] }, ofOne);
  // "金融类里哪些是3选1" then "它们的适用范围", "这几个审核多久": the categories the list showed, each answered.
  const severalOfList = asksOfIt ? severalOfListTurn(context, ofOne) : null;
  if (severalOfList) return severalOfList;
  const beyond = placeBeyondTurn(context, talkedAbout);
  if (beyond) return beyond;
  // "用插件的类目有哪些" then "第一个如果加了社交直播呢": the one at that place, with what the message adds to it.
  const placed = named && frame.additive && frame.pointsAtOrdinal !== null && !frame.subject ? placesOf(topic, talkedAbout).at(frame.pointsAtOrdinal) : undefined;
  if (placed !== undefined && placesOf(topic, talkedAbout).length >= 2) {
    const withAdded = turn("question", { subject: topic.subject, mentions: [mentionOfCategory(placed), ...frame.mentions], unlisted: [...frame.unlisted] }, carried);
    return frame.supposing ? withFields(withAdded, { supposes: true }) : withAdded;
  }
  // "那我们呢", "回到第一个": back to the program asked about before another one, with what was said of it. A pointer at
  // the asker's own goes back only from another's program, one at the other's only from the asker's own.
  const before = topic.otherProgram;
  const back = frame.backToProgram;
  const goesBack = back === "earlier" || (back === "own" && topic.aboutAnother === true) || (back === "other" && topic.aboutAnother !== true);
  // "那我们教育局自己的小程序呢": the subject said of the program gone back to is no new one.
  // "我们自己的是企业主体" after a friend's personal program: the subject said of the asker's own, which had none said,
  // goes back with it.
  const addsSubject = frame.subject !== null && before?.subject === null && back === "own";
  if (before && goesBack && !named && (!frame.subject || frame.subject === before.subject || addsSubject)) {
    const facts: Facts = { subject: frame.subject ?? before.subject, mentions: before.categories.map(mentionOfCategory), unlisted: before.unlisted };
    const stated = addsSubject ? frame.assertsIdentity || frame.statesProgramSubject : before.subjectStated === true;
    return { ...turn("inherited", facts, frame.aspects.length > 0 ? frame.aspects : lastAspects), subjectStated: stated, program: "back" };
  }
  // "朋友的小程序是个人主体,能直播吗" then "那我们自己呢": back to the asker's own program, of which nothing was said — not
  // the other's verdict again; the answer asks what the asker's own is.
  if (!before && back === "own" && topic.aboutAnother === true && !named && !frame.subject) return turn("question", { subject: null, mentions: [], unlisted: [] });
  // "我们自己呢" while the conversation is on the asker's own program already: that program, as it is.
  if (back === "own" && topic.aboutAnother !== true && hasTopic && frame.short && !named && !frame.subject && frame.aspects.length === 0) return turn("inherited", fromTopic, lastAspects);
  // "回到我们这边,我们自己的小程序类目也是教育平台" after a client's program: back to the asker's own, with the categories it
  // names now and the subject it said of itself before.
  if (before && back === "own" && topic.aboutAnother === true && named && !frame.subject && before.subjectStated === true && before.subject !== null) {
    return { ...turn("question", { subject: before.subject, mentions: frame.mentions, unlisted: [...frame.unlisted] }), subjectStated: true, program: "back" };
  }
  // "电商平台…" then "社交直播呢" then "回到第一个,商家卖非处方药咋办": on one program, back to a category talked about before
  // the topic's — the one at the place pointed at ("第一个"), else the one just before it.
  // "回到刚才那个,要是还有社交直播呢": back to it with the categories only supposed beside it; "回到刚才那个,个人认证能用吗":
  // with the subject asked of it.
  const supposesBeside = named && frame.askedOnly === "hypothetical" && frame.unlisted.length === 0;
  if (!before && back === "earlier" && (!named || supposesBeside) && !topic.interrupted) {
    const recent = topic.recent ?? [];
    const pointed = frame.pointsAtOrdinal !== null ? recent.at(frame.pointsAtOrdinal) : recent.filter((id) => !topic.categories.includes(id)).at(-1);
    if (pointed !== undefined && !topic.categories.includes(pointed)) {
      const supposed = supposesBeside ? frame.mentions.filter((mention) => !mention.candidates.includes(pointed)) : [];
      const backTurn = turn(supposesBeside || frame.subject ? "question" : "inherited", { subject: frame.subject ?? topic.subject, mentions: [mentionOfCategory(pointed), ...supposed], unlisted: [] }, frame.aspects.length > 0 || frame.subject ? frame.aspects : lastAspects);
      return supposesBeside ? withFields(backTurn, { supposes: true }) : backTurn;
    }
  }
  // "如果以后再加个社交直播呢" then "那现在呢,还没加", "好,我们加上了", "续的话…" (suppositions.ts).
  const supposed = afterSupposition(topic, frame);
  if (supposed) {
    const continued = turn("inherited", supposed.facts, frame.aspects.length > 0 ? frame.aspects : lastAspects);
    return supposed.goesOn ? withFields(continued, { supposes: true }) : withFields(continued, { endsSupposition: true });
  }
  // "社交直播也批下来了" then "结果又被撤了" (suppositions.ts).
  const loss = namelessLoss(topic, frame);
  if (loss) return { ...turn("question", loss.facts, carried), notHeld: loss.lost };
  // "我们在做多家驾校入驻的平台" then "类目还没申请下来": the topic's categories are applied for, not held; what is
  // asked is answered of them once held, and the answer says they are not held yet.
  if (frame.namelessPending && !named && !frame.subject && topic.categories.length > 0 && !frame.approval) {
    return { ...turn("inherited", fromTopic, carried), notHeld: [...topic.categories], pending: [...topic.categories] };
  }
  // "目前没申请,先按现状说" with nothing supposed before: the topic as it is.
  // Not "审核通过了!现在呢", which says a category still to come is held now (below).
  if (frame.asksActual && !frame.approval && !named && !frame.subject && hasTopic) return turn("inherited", fromTopic, carried);
  const counted = countTurn(context);
  if (counted) return counted;
  // "OK then which categories can use native tags?": a question about every category, whatever the topic was.
  // "那还需要什么类目才能用原生" after 电商平台: what the topic needs, from its own rules (社交-直播 as well).
  // After a name the document does not list ("只卖自家的零食" then "那要用原生怎么办"): the categories of that method.
  if (frame.asksNeededCategory && topic.categories.length === 0 && topic.unlisted.length > 0 && !named && !frame.subject) {
    return turn("none", emptyFacts, [...new Set(["list" as const, ...frame.aspects])]);
  }
  // "我们也会播时政新闻,还要加什么类目吗" after 社交-直播: what its note says to add is what it needs.
  if (frame.asksNeededCategory && hasTopic && !named && !frame.subject) {
    const notedActivity = frame.unlisted.length > 0 && frame.unlisted.every((name) => knowledge.unlistedMentioned(name, topic.categories));
    return turn("inherited", fromTopic, [...carried.filter((aspect) => aspect !== "list"), ...(notedActivity ? ["notes" as const] : [])]);
  }
  // "视频号直播带货要什么类目", "抖音小程序直播需要哪些类目": another product; no category of the document answers it, nor
  // does its list of categories.
  // Not when the asker says what its own program is or holds ("我们也在抖音播,小程序是电商平台,能用原生吗", "小程序类目是…"): the other
  // product is background to a question about the mini program.
  const saysOwnProgram = (frame.assertsIdentity || frame.statesOwnCategory) && frame.roled.some((mention) => mention.role === "held" && !mention.scenario && mention.candidates.length > 0);
  if (frame.nearbyTopics.some((nearby) => nearby.otherProduct) && !saysOwnProgram) return withFields(turn("new-topic", emptyFacts), { aboutOtherProduct: true });
  const listed = listTurn(context);
  if (listed) return listed;
  const pendingBefore = topic.notHeld ?? [];
  // …named too ("电商平台批了以后呢" after "社交直播下来了,电商平台还在审核"): only categories said to be pending.
  const namesOnlyPending = frame.unlisted.length === 0 && !frame.subject && frame.mentions.every((mention) => mention.candidates.length === 1 && pendingBefore.includes(mention.candidates[0]!));
  if ((!named || namesOnlyPending) && frame.approval && topic.categories.length > 0 && pendingBefore.length > 0) {
    const supposed = pendingBefore.filter((id) => !topic.categories.includes(id)).map(mentionOfCategory);
    const back = turn("question", { subject: topic.subject, mentions: [...fromTopic.mentions, ...supposed], unlisted: [...topic.unlisted] }, carried);
    // "又续上了", "这次过了": it has happened, so it is held now ("现在呢" stays with it); "续的话…" only supposes it.
    return frame.cameTrue && !frame.supposing ? back : { ...back, supposes: true };
  }
  // "学校能直播吗" then "我们是公立的": a word qualifying a topic of another field names no category of its own. In the
  // field of what it names it is that category ("互联网医院…" then "那公立的呢" asks about 公立医疗机构).
  const inTopicField = (candidates: readonly CategoryId[]) => candidates.some((id) => topic.categories.some((topicId) => knowledge.primaryOf(topicId) === knowledge.primaryOf(id)));
  const sameField = () => frame.mentions.some((mention) => inTopicField(mention.candidates));
  // "那私立的呢", "and a private one?" after 公立医疗机构: a word the topic's category is not for, naming nothing of its own.
  // Only a word alone or nearly ("那私立的呢", "如果是民办的呢", "and if it were privately run?"), not one inside a
  // question of its own ("直播时能展示患者的私人信息吗").
  // So is one a supposition opens with ("如果是民办的,审核要多久").
  // …or said of the asker in a question that asks nothing else, or only whether it fits ("我们其实是民营的,也能用这个吗",
  // "我们是私立性质的,这个类目能选吗").
  // …or whether it may stream at all ("我们集团还有个民营体检中心,也想搞直播"): the method is the category's, which does not fit.
  const asksOnlyFit = frame.aspects.every((aspect) => aspect === "scope" || aspect === "choose" || aspect === "method");
  const wordAlone = frame.short || frame.endsWithWhatAbout || (frame.supposing && frame.aspects.length === 0) || (frame.statesNotFor && asksOnlyFit) || frame.supposesNotFor;
  // "如果没有线下教学,纯线上辅导,还适用吗" after 培训机构: a lack of what the topic's category is for (a scenario word of it,
  // negated) rules it out the same way, said alone or asked whether it still fits.
  const lacked = named || frame.subject ? [] : frame.roled.filter((mention) => mention.role === "negated" && mention.scenario && mention.candidates.length === 1 && topic.categories.includes(mention.candidates[0]!) && mention.cue !== null);
  const ruledOut = [
    ...(named || frame.subject || !wordAlone ? [] : frame.notForSaid.filter(({ id }) => topic.categories.includes(id))),
    ...lacked.map((mention) => ({ id: mention.candidates[0]!, word: lackedWord(mention) })),
    // "说错了,我们不是平台,就自己一个品牌卖货" after 电商平台: a part of its name denied, and what the asker says it is
    // instead is nothing the category's section speaks of — not "我们不是课程,是讲座" of 在线视频课程, whose scope lists
    // 讲座. So does a bare denial, nothing said after it ("说错了,我们不是平台"): the scope is for the asker to weigh.
    ...(named || frame.subject ? [] : frame.deniedByPart.filter((denied) => topic.categories.includes(denied.id) && (denied.endsMessage || saysInsteadOutside(frame.topicWords, denied.part, denied.id, knowledge))).map(({ id, word }) => ({ id, word }))),
  ];
  // Said as it is ("我们其实是民营的"), not only supposed ("我们要是没有线下校区呢"), the category is no longer the topic's.
  if (ruledOut.length > 0) return withFields(turn("none", emptyFacts, carried), { ruledOut, ruledOutForNow: !frame.supposing });
  // The turn's own subject still counts ("公立的,个人主体可以吗"); a near-by topic is its own question.
  if (frame.qualifiesTopic && topic.categories.length > 0 && frame.nearbyTopics.length === 0 && !sameField()) {
    return turn("inherited", { ...fromTopic, subject: frame.subject ?? fromTopic.subject }, carried);
  }
  // "银行能直播吗" then "其他金融类目呢": the named group's categories but the topic's, each weighed on its own.
  if (frame.othersOfNamed && named && topic.categories.length > 0 && !frame.anotherProgram) {
    const others = [...new Set(frame.mentions.flatMap((mention) => mention.candidates))].filter((id) => !topic.categories.includes(id));
    if (others.length > 0) return turn("question", { subject: topic.subjectStated ? topic.subject : null, mentions: others.map(mentionOfCategory), unlisted: [], alternatives: true }, carried);
  }
  // "想做健康讲座直播,用什么标签" after 公立医疗机构: a scenario word of the topic's own field says what the category held
  // streams, not another category held; one of another field ("直播带货" after 在线视频课程) still names its own.
  // Named beside the topic's own category ("学校上课直播也是网课"), it is still what that category streams. Not in a
  // correction or an exclusive holding ("不对,我们只有线上课"): that says what the program is instead.
  // Nor when the words around it say the asker is not what the topic's category is for ("那民营医院呢" after 公立医疗机构):
  // what is left of the word is the category asked about.
  // Nor a count of a group's categories ("教育类一共几个" after some of them): the group's word names its categories.
  // Nor when it asks which category that takes ("我们也在网上卖硬件设备,那部分选什么类目" after 多方通信): its own.
  // Nor the topic's whole group meant whole ("银行能直播吗" then "金融类的都能吗"): its categories are asked of.
  // Nor a list of the group's categories by a method, one set aside ("教育下面除了在线视频课程还有哪些能用原生" after 学校):
  // the group is where the list is asked.
  const wholeGroupOfTopic = frame.meansWholeGroup && frame.mentions.some((mention) => topic.categories.some((id) => knowledge.groupOf(id).length > 1 && knowledge.groupOf(id).every((member) => mention.candidates.includes(member))));
  const scenarioOfTopic =
    !wholeGroupOfTopic &&
    frame.unlisted.length === 0 &&
    !frame.aspects.includes("choose") &&
    !frame.asksCountOfThem &&
    !(frame.aspects.includes("list") && frame.askedMethod !== null && frame.roled.some((mention) => mention.role === "excluded")) &&
    !frame.opensWithCorrection &&
    !frame.holdsOnly &&
    !frame.notFor.some((id) => topic.categories.includes(id)) &&
    frame.mentions.some((mention) => mention.scenario) &&
    // "那我们做的是A股行情呢" after 新三板: what the asker says it does, another category's scenario, is that category.
    frame.mentions.every((mention) =>
      mention.scenario
        ? inTopicField(mention.candidates) && (!frame.assertsIdentity || mention.candidates.some((id) => topic.categories.includes(id)))
        : mention.candidates.every((id) => topic.categories.includes(id)),
    );
  // Not one describing another program by its place ("另一家是做股票交易的"): that program's own.
  if (scenarioOfTopic && !frame.subject && !frame.anotherProgram && !frame.supposing && !placesProgram) return turn("inherited", fromTopic, carried);
  // "私募基金能直播吗" then "直播里能卖基金份额吗", "can we sell fund units live?": a broad word again that holds every
  // category of the topic names those, not its whole group — unless the group's categories are asked for (a list, a
  // count, which to choose, the others), or the asker says what it is.
  const broadWordOfTopic =
    topic.categories.length > 0 &&
    frame.mentions.length > 0 &&
    frame.unlisted.length === 0 &&
    frame.mentions.every((mention) => !mention.scenario && mention.candidates.length > 1 && topic.categories.every((id) => mention.candidates.includes(id))) &&
    !frame.aspects.some((aspect) => aspect === "list" || aspect === "choose" || aspect === "compare") &&
    !frame.asksCountOfThem &&
    !frame.othersOfNamed &&
    !frame.asksRest &&
    !frame.alternatives &&
    !frame.meansWholeGroup &&
    !frame.assertsIdentity &&
    !frame.opensWithCorrection &&
    frame.askedOnly === null;
  if (broadWordOfTopic && !frame.subject && !frame.anotherProgram && !placesProgram) return turn("inherited", fromTopic, carried);
  // "教育类资质要求分别是几选几": each of the group's categories, weighed one against another, every one answered.
  if (frame.asksEachOfGroup && !frame.anotherProgram) {
    const members = frame.mentions.flatMap((mention) => mention.candidates);
    return turn("question", { subject: frame.subject ?? (topic.subjectStated ? topic.subject : null), mentions: members.map(mentionOfCategory), unlisted: [...frame.unlisted], alternatives: true }, carried);
  }
  if (named && frame.askedOnly && (topic.categories.length > 0 || topic.unlisted.length > 0)) {
    // "如果同时有社交直播呢", "那我再申请一个社交直播呢": supposed on top of the topic; "社交直播还在申请中",
    // "下个月再申请社交直播,这个月用什么": not held, the topic stays. Asking what if one more were applied for (an
    // additive word, and the question ends asking about it) supposes both held.
    // "如果只保留课外辅导呢": supposed to be all that is held, it replaces the topic's categories.
    // "要是选多方通信呢" after "要是选汽车预售服务…": chosen instead, it replaces what was supposed.
    // "那以后要是开通股票交易呢" after 证券、期货投资咨询: a supposed activity of another category of the topic's field (none
    // of the topic's own) is what the program would then be, in its place; so is such a category supposed with no word of
    // holding it ("那如果做个平台让好几家驾校入驻呢" after 驾校培训) — not "如果有信托呢", held beside.
    const becomesOther =
      !frame.additive &&
      frame.mentions.every((mention) => (mention.scenario || !frame.speaksOfHolding) && inTopicField(mention.candidates) && mention.candidates.every((id) => !topic.categories.includes(id)));
    if (frame.askedOnly === "hypothetical" && (frame.holdsOnly || becomesOther || ((frame.switchesTo || frame.supposesIdentity || (frame.choosesInstead && topic.chosen === true)) && !frame.additive))) {
      // "个人主体能直播吗" then "那如果是学校呢": what the program is supposed to be is another owner than the subject only
      // asked about before — not one the asker stated ("我们是个人主体" then "如果是电商平台呢").
      // "客户是区政府" then "那如果换成一家银行呢": another organisation supposed is another owner, whose subject is not the one
      // stated before.
      const subject = frame.subject ?? ((frame.supposesOwner && topic.subjectStated !== true) || frame.replacesOwner ? null : topic.subject);
      return withFields(turn("question", { subject, mentions: frame.mentions, unlisted: [] }, carried), { supposes: true });
    }
    if (frame.askedOnly === "hypothetical" || (frame.additive && frame.endsWithWhatAbout)) {
      // "那如果我们也做股票交易呢" after 新三板信息服务平台: an activity added is its category's business, supposed beside the
      // topic's — not a scenario word outranked by the name it stands beside, as in one message ("新三板资讯…直播解读").
      // Not one the topic's own section speaks of ("要是还做股票交易呢" after 港美股, whose note sends it to 证券/期货): the
      // note answers, and which category to take is the one it names.
      const activity = (mention: CategoryMention) =>
        frame.roled.some((roled) => roled.activity === true && roled.term === mention.term) && !knowledge.sectionsMention(mention.term, topic.categories);
      const added = frame.mentions.map((mention) => (frame.additive && mention.scenario && mention.candidates.length === 1 && activity(mention) ? mentionOfCategory(mention.candidates[0]!) : mention));
      const facts: Facts = { subject: frame.subject ?? topic.subject, mentions: [...fromTopic.mentions, ...added], unlisted: [...topic.unlisted] };
      return withFields(turn("question", facts, carried), { supposes: true });
    }
    return turn("inherited", { ...fromTopic, subject: frame.subject ?? topic.subject }, carried);
  }
  // "我们直播也会谈时政": the topic's own note names it, so it is a question about the topic, not a new category.
  // Not "那个人征信类目呢", which asks about the category by name.
  // Nor "个人征信类目能直播吗", "时政信息类目要什么资质": a category word with a question of its own (streaming, its
  // qualifications, review or scope) asks about the category by name — not "要补什么类目吗", which asks which category the
  // topic needs, nor "这个类目还能用原生吗", which points back at the topic's own category.
  // "能播游戏吗" after 社交-直播: content the rules list as outside the document, asked to be streamed, naming nothing else —
  // of the topic's categories, whose scenario answers (and a line that their rows do not name it).
  const contentOnly = frame.streamedContent.length > 0 && frame.mentions.length === 0 && !frame.subject && !frame.anotherProgram;
  // Not content a note of theirs names ("直播里要聊时事新闻" after 社交-直播, whose note asks for 【时政信息】): that note
  // answers, below.
  const notedByTopic = frame.unlisted.some((name) => knowledge.unlistedMentioned(name, topic.categories));
  if (contentOnly && topic.categories.length > 0 && !notedByTopic && frame.unlisted.every((name) => unlistedAsContent(name, frame.roled, frame.streamedContent))) return turn("inherited", fromTopic, ["method"]);
  const asksWhichCategory = frame.asksNeededCategory || frame.aspects.includes("choose") || frame.aspects.includes("list");
  const askedOfCategory = frame.aspects.some((aspect) => aspect === "method" || aspect === "qualification" || aspect === "review" || aspect === "scope");
  const asksOfNamedCategory = !frame.pointsAtTopic && (askedOfCategory || frame.askedMethod !== null);
  const asksAboutCategory = frame.speaksOfCategories && !asksWhichCategory && (frame.endsWithWhatAbout || asksOfNamedCategory);
  // "个人征信呢" after 企业征信: asked about by itself, a name the topic's note sends to another category is that category,
  // as "那个人征信类目呢" is; "时政呢" after 社交-直播, which its note adds on top, stays with the topic.
  // Not "万一我们还要做个人信用报告查询呢", which does it as well: the topic stays, and its note says what to add.
  // So is one asked a question of its own ("个人征信业务能直播吗", "要什么资质"), and one said in place of the topic's
  // category ("打错了,是个人征信").
  // In English a short follow-up asks it too ("and personal credit reports?"), as "那个人征信呢" does.
  const asksWhatAboutIt = frame.endsWithWhatAbout || (frame.followUp && frame.short && frame.language === "en");
  // So is one asked which category it takes ("个人征信要选哪个类目"): the note's answer is another category, not the topic.
  const asksOfSentElsewhere = (asksWhatAboutIt || asksOfNamedCategory || frame.opensWithCorrection || frame.aspects.includes("choose")) && !frame.additive && frame.unlisted.some((name) => knowledge.unlistedSentElsewhere(name, topic.categories));
  if (named && frame.mentions.length === 0 && !frame.assertsIdentity && !asksAboutCategory && !asksOfSentElsewhere && topic.categories.length > 0 && frame.unlisted.every((name) => knowledge.unlistedMentioned(name, topic.categories))) {
    return turn("inherited", fromTopic, [...new Set([...frame.aspects, "notes" as const])]);
  }
  // "那房产中介公司能用这个类目吗" after 房地产营销: a business the document does not list, asked whether it fits the topic's
  // category pointed at — as "房产中介能用房地产营销类目吗" is: the category's scope answers, beside the name not listed.
  if (named && frame.pointsAtTopic && frame.mentions.length === 0 && frame.unlisted.length > 0 && frame.aspects.includes("scope") && topic.categories.length > 0 && !frame.anotherProgram) {
    return turn("question", { ...fromTopic, subject: frame.subject ?? topic.subject, unlisted: [...frame.unlisted] }, carried);
  }
  // "那个类目能直播带货吗" after 银行: the topic's category is asked whether it does another category's activity — as
  // "银行能直播带货吗" is, the category named and the activity beside it; not a new topic of the activity's category.
  if (named && frame.activityOfTopic && topic.categories.length > 0 && !frame.anotherProgram && !frame.additive && frame.mentions.every((mention) => mention.candidates.every((id) => !topic.categories.includes(id)))) {
    return turn("question", { ...fromTopic, subject: frame.subject ?? topic.subject, mentions: [...fromTopic.mentions, ...frame.mentions] }, carried);
  }
  // "社交直播下来了,电商平台还在审核" then "那现在能直播带货吗": an activity whose only categories the program was said not to
  // hold yet (or to have lost) is asked of what it holds — 带货 does not make the pending 电商平台 held.
  const notHeldYet = topic.notHeld ?? [];
  const activityOfNotHeld =
    named && !frame.anotherProgram && !frame.supposing && !frame.cameTrue && !frame.approval && frame.unlisted.length === 0 && topic.categories.length > 0 &&
    frame.mentions.length > 0 && frame.mentions.every((mention) => mention.scenario && mention.candidates.every((id) => notHeldYet.includes(id)));
  if (activityOfNotHeld) return turn("inherited", fromTopic, carried);
  // So is a follow-up asking whether the program may do an activity, with no pointer ("直播能带货卖书吗" after
  // 在线视频课程): asked of what it holds — not said of the asker, not which category the activity takes ("直播带货用哪个
  // 类目"), nor another activity supposed instead ("那不卖东西,只拍日常呢"), one the asker means to do ("我们打算做宠物直播,
  // 那个类目…"), or a group's word ("换成医院呢").
  const activityAsked =
    named && topic.categories.length > 0 && !frame.anotherProgram && !frame.additive && !frame.supposing && !frame.endsWithWhatAbout && !frame.assertsIdentity && frame.asksSomething &&
    frame.askedMethod === null && !frame.aspects.includes("choose") && !frame.asksNeededCategory && frame.unlisted.length === 0 &&
    frame.roled.length > 0 && frame.roled.every((mention) => mention.activity === true && mention.intended !== true && mention.candidates.every((id) => !topic.categories.includes(id)));
  if (activityAsked) {
    const activityOf = [...new Set(frame.roled.flatMap((mention) => mention.candidates))];
    return withFields(turn("question", { ...fromTopic, subject: frame.subject ?? topic.subject, mentions: [...fromTopic.mentions, ...frame.mentions] }, carried), { activityOf });
  }
  if (named) {
    // "那再加上社交-直播呢?" adds to the topic; so does a correction of one topic category into another ("社交直播没有,
    // 是社交-其他": the rest stays). Any other named category starts afresh.
    // Not among candidates told apart ("在线问诊…" answered with 互联网医院 or 公立医疗机构) when the asker says what it is
    // instead ("我们是私立诊所不是互联网医院"): the other candidate is no category it holds.
    const corrects = topic.categories.some((id) => withdrawn.has(id)) && !(topic.apart === true && frame.unlisted.length > 0);
    // "我们做时政新闻直播" then "用社交直播类目可以吗": what the asker does, said before and not listed, is what the named
    // category is asked about when its section speaks of it ("需补充【时政信息】类目"); otherwise it is not carried.
    const namedIds = frame.mentions.flatMap((mention) => mention.candidates);
    // Asked whether a category fits ("我们是开律师事务所的" then "能不能选企业征信类目"), the business said before is what it
    // is asked for, whatever its section says: the answer says the document does not list it. A group found by a word
    // ("那选医疗类目可以吗") is answered itself — its categories and their scopes — with a line that the document does not
    // say they fit the business (TurnFacts.fitOfBusinessBefore).
    const businessBefore = topic.categories.length === 0 && frame.unlisted.length === 0 && namedIds.length > 0 && !frame.anotherProgram;
    const groupFitted = businessBefore && frame.asksFit && topic.unlisted.length > 0 && frame.mentions.some((mention) => mention.scenario || mention.candidates.length > 1);
    const activityBefore = businessBefore ? topic.unlisted.filter((name) => (frame.asksFit && !groupFitted) || knowledge.unlistedMentioned(name, namedIds)) : [];
    // Not one more program described by place ("还有一家是…"): its own categories.
    const adds = (frame.additive || corrects) && hasTopic && !frame.alternatives && !frame.anotherProgram && !placesProgram;
    // "和证券/期货有啥区别" after 证券、期货投资咨询: the topic's categories weighed against the one named; so is one joined
    // to a pointer at the topic ("它和公立医疗机构用的方式一样吗").
    // "和银行、信托有什么区别" after 保险: each named one against the topic's — not "驾校平台跟驾校培训区别在哪", which
    // names both sides.
    // So is one asked whether it is the same ("保险的跟它一样吗", "信托也一样吗", "那公立医院呢,场景一样吗").
    const compares =
      !adds &&
      hasTopic &&
      !frame.comparesNamedOnes &&
      (frame.aspects.includes("compare") || frame.joinsTopicWith || frame.asksSame) &&
      !frame.anotherProgram &&
      frame.mentions.length >= 1 &&
      frame.mentions.every((mention) => mention.candidates.some((id) => !topic.categories.includes(id)));
    // "银行资质几选几" then "跟信托比呢": compared with no row named, on the row the last turn asked.
    // Not one asking what tells them apart ("跟证券期货类目有什么区别"): the difference is every row, not the last one asked.
    const comparesLastRows = compares && !frame.asksDifference && frame.aspects.every((aspect) => aspect === "compare") && lastAspects.some((aspect) => aspect !== "method" && aspect !== "compare");
    // "要是学校把在线视频课程也申请下来呢", "如果多方通信不续了,只剩电商平台呢": a question supposing what it names, on the
    // same program, keeps what is held for "那现在呢".
    // So does "那银行呢" after the asker's own 电商平台: another category asked about, not said to be held — "那我们现在
    // 到底能不能用原生" goes back to the asker's own. In English a short follow-up asks it ("what about banks?"). Not an
    // activity said of the asker ("那我们还卖车载摄像头呢": a word for the asker, a scenario word), which adds to what it does.
    const asksWhatAbout = frame.endsWithWhatAbout || (frame.followUp && frame.short && frame.language === "en");
    const asksOfAnother = asksWhatAbout && !frame.assertsIdentity && !frame.speaksOfAsker && !adds && !corrects && frame.askedOnly === null && frame.mentions.every((mention) => !mention.scenario);
    const supposes = hasTopic && ((frame.endsWithWhatAbout && frame.supposing) || asksOfAnother) && !frame.anotherProgram;
    // "学历教育(学校)怎么接入" then "那幼儿园可以用吗": a kind the topic's category's section names, asked about in a
    // follow-up that asks nothing else, is asked whether it fits that category — its scope answers. Not a word of the
    // category's own name ("那公募的呢", "社交-笔记"), which only names it again.
    const [onlyMention] = frame.mentions;
    const [topicCategory] = topic.categories;
    const kindOfTopic =
      frame.mentions.length === 1 && onlyMention !== undefined && onlyMention.candidates.length === 1 && topic.categories.length === 1 && topicCategory !== undefined && topicCategory === onlyMention.candidates[0] &&
      frame.aspects.length === 0 && frame.askedMethod === null && (frame.followUp || frame.short || frame.endsWithWhatAbout) &&
      !knowledge.nameOf(topicCategory).includes(onlyMention.term) && !(knowledge.primaryOf(topicCategory) ?? "").toLowerCase().includes(onlyMention.term) &&
      knowledge.sectionsMention(onlyMention.term, topic.categories);
    const namedTurn = turn(
      "question",
      {
        // "我们是个人认证的" then "电商平台类目能直播吗": whose program it is stays; "个人能直播吗" only asked about it,
        // and "帮朋友问下,他们是银行的小程序" is someone else's.
        // Back on the asker's own program after another's ("客户是县政府…" then "我们自己公司的小程序是…"), what was said of
        // the asker's own before counts, not the other's.
        // "政府的小程序能用插件吗" then "那需要社交直播类目吗", "个人认证的能直播吗" then "那加个电商平台类目呢": a category
        // only asked about, or added, is of the same program, whose subject was asked about too.
        // "如果是事业单位呢,比如公立图书馆" after a government program: a subject asked about replaces the topic's.
        // "不对,其实是教育局办的公立学校,不是政府本身": a subject the asker, correcting itself, now says it is not goes —
        // not one said not to be something else ("直播的内容不是政府相关的").
        subject:
          frame.subject ??
          (frame.questionedSubjects.length > 0 || (frame.opensWithCorrection && topic.subject !== null && frame.deniedSubjects.includes(topic.subject))
            ? null
            : program === "own"
              ? ownSubjectBefore(topic)
              : // "个人主体能直播吗" then "那如果是学校呢": a program supposed to be something else is not the subject asked about.
                // "客户是区政府" then "那如果换成一家银行呢": another organisation supposed is another owner.
                (topic.subjectStated || (frame.askedOnly !== null && !frame.supposesOwner) || adds) && !frame.anotherProgram && !frame.replacesOwner && !newPlacedProgram
                ? topic.subject
                : null),
        alternatives: (frame.alternatives || compares) && !adds,
        mentions: [...(adds || compares ? fromTopic.mentions.filter((mention) => !frame.mentions.some((stated) => stated.candidates.join() === mention.candidates.join())) : []), ...frame.mentions],
        unlisted: [...(adds ? fromTopic.unlisted : activityBefore), ...frame.unlisted],
      },
      kindOfTopic && !carried.includes("scope") ? [...carried, "scope"] : comparesLastRows ? lastAspects : carried,
    );
    // Compared with, the other category is not taken on: the topic stays the asker's own — also when the comparison ends
    // as a question about it would ("和信托一样吗").
    if (compares) return withFields(namedTurn, { compares });
    if (supposes) return withFields(namedTurn, { supposes });
    // "电商平台资质几选一" while holding 电商平台 and 社交-直播: asked of one it holds, the verdict is still all that is
    // held's (native, together); what was asked is answered of the one named.
    // Not after a whole group answered ("金融业有哪些类目" then "那私募呢,有什么注意"): its categories were listed, not held —
    // the one named is asked about on its own.
    const topicIsWholeGroup = topic.categories.length > 1 && wholeGroupOf(topic.categories, knowledge) !== null;
    const asksOfOneHeld =
      !adds && !topicIsWholeGroup && frame.aspects.length > 0 && !frame.assertsIdentity && !frame.holdsOnly && !frame.anotherProgram && !frame.subject && frame.unlisted.length === 0 &&
      frame.mentions.every((mention) => mention.candidates.length === 1 && topic.categories.includes(mention.candidates[0]!)) &&
      topic.categories.some((id) => !frame.mentions.some((mention) => mention.candidates.includes(id)));
    // "那驾校培训本身能用live-pusher吗": asked of the one on its own, it alone is answered — not the verdict of all held.
    if (asksOfOneHeld && frame.asksOfItAlone) return turn("question", { subject: topic.subject, mentions: frame.mentions, unlisted: [] }, carried);
    if (asksOfOneHeld) return withFields(turn("question", fromTopic, carried), { focus: frame.mentions.flatMap((mention) => mention.candidates) });
    return groupFitted ? withFields(namedTurn, { fitOfBusinessBefore: true }) : namedTurn;
  }
  // "那事业单位呢" after a government program, "国企算政府主体吗": whether the program counts as a subject is what is asked;
  // the document's word on the subject answers (route-answer.ts), not the topic's verdict.
  // With categories already said ("补充一下,我们单位是事业单位"), they stay and the subject's line is added.
  if (frame.questionedSubjects.length > 0 && !named && !frame.subject && topic.categories.length === 0) return turn("none", emptyFacts);
  // "那个人主体呢?": a new subject, the same categories; "我们是个体户,开了家网店" describes the asker afresh.
  if (frame.subject) {
    // "说错了,我们其实是企业" after a subject of its own corrects the subject only: the categories stay. So does a short
    // statement of the subject alone after a category ("餐饮小程序能直播吗" then "我们是企业主体的"): it qualifies it.
    // A statement of the program's subject ("小程序先挂在我个人名下") is about the topic's program.
    // "我们是个体户注册的,有影响吗": asked what it does to the topic's program, the subject qualifies that program.
    // Only with something besides the subject said of it: "我们其实是个体工商户注册的" says the subject alone, however long.
    const saysMoreThanSubject = frame.mentions.length > 0 || frame.unlisted.length > 0 || frame.topicWords.length > 0;
    const describesItself = frame.assertsIdentity && !frame.statesProgramSubject && !frame.followUp && !frame.asksEffect && topic.subject === null && !frame.short && saysMoreThanSubject;
    // "政府的呢", "what about a government one?" after the category's qualifications or review: a subject that decides
    // the method whatever the category (个人, 政府) is what is asked about; the category's rows are not carried to it.
    const decisiveSubject = frame.subject === "personal" || frame.subject === "government";
    const subjectAspects = decisiveSubject && frame.aspects.length === 0 ? frame.aspects : carried;
    const subjectTurn = turn("question", describesItself ? { subject: frame.subject, mentions: [], unlisted: [] } : { ...fromTopic, subject: frame.subject }, subjectAspects);
    // "那要是换成公司主体重新认证呢", "What if it were personally certified?": a subject supposed for the same program keeps
    // what it is for "现在还没换的话…".
    return frame.supposing && (frame.endsWithWhatAbout || frame.followUp) && !describesItself && hasTopic ? withFields(subjectTurn, { supposes: true }) : subjectTurn;
  }
  // "新三板信息服务平台能直播吗" then "资质要求是不是要营业执照加ICP?": a row of the topic's categories asked beside a near-by
  // topic the document does not cover is asked of them, as with the category named in the same message; the near-by
  // topic gets its own line. Not another product's ("视频号直播审核要多久").
  // So is one whose question the topic's qualifications bear on ("营业执照算不算其中一个" after 电商平台): its count, beside it —
  // or its verdict ("社交直播资质过期了怎么办" after 电商平台 + 社交-直播: what the program holds still decides).
  // So is what to do next ("那下一步怎么做" after 电商平台): the steps the document gives are the topic's category's.
  // So is one the note on choosing categories bears on ("B能用A的类目吗": the program's own categories still decide).
  const bearsOnHeld = frame.nearbyTopics.every((nearby) => nearby.helps === "qualification-count" || nearby.helps === "held-verdict" || nearby.helps === "steps" || nearby.helps === "category-setting");
  const asksRowBeside = topic.categories.length > 0 && (frame.asksRowBesideNearby || bearsOnHeld) && frame.nearbyTopics.every((nearby) => !nearby.otherProduct);
  if (frame.nearbyTopics.length > 0) return asksRowBeside ? turn("inherited", fromTopic, bearsOnHeld ? frame.aspects : carried) : turn("new-topic", emptyFacts);
  // "Off topic, but what's a good pizza place?", "题外话,你们周五团建去哪": nothing of the topic is asked. One that asks
  // what the document answers ("跟直播无关的问题先放一边,这个类目资质要几选一") is no aside.
  if (frame.aside && frame.askedMethod === null && frame.aspects.length === 0) return turn("new-topic", emptyFacts);
  // "好嘞,我去跟产品同步一下": a remark asks nothing; whatever its words, the topic stays for the next question.
  // "qwerty": no question either; the topic stays.
  if (frame.remark || frame.unreadWordAlone) return turn("none", emptyFacts);
  if (!hasTopic) return turn(ownUnknownTopic(frame) ? "new-topic" : "none", emptyFacts);
  // "如果我们被驳回了怎么办" after a category: the rule on rejection is the topic's too (its chosen category must fit).
  // A refusal said or asked about ("我们类目被驳回了", "被拒了怎么办") asks nothing of the rows asked before it.
  if (frame.asksRejection && frame.roled.length === 0 && frame.nearbyTopics.length === 0) return turn("inherited", fromTopic, frame.rejectionHandled ? frame.aspects : carried);
  // "我们的主播都是个人,没问题吧", "教练是个人,影响吗": people who are individuals (a subject word said of people), asked
  // about the topic's program.
  if (frame.othersSubject && !named) return turn("inherited", fromTopic, carried);
  // "我们是某市税务局" then "想做个政策解读直播": with only a subject known, live streaming is still that program's.
  if (topic.categories.length === 0 && topic.unlisted.length === 0 && frame.speaksOfLive && frame.nearbyTopics.length === 0) return turn("inherited", fromTopic, carried);
  // Only Chinese words can be checked against the (Chinese) document.
  const hanWords = frame.topicWords.filter((word) => containsHan(word));
  const foreign = hanWords.filter((word) => !knowledge.sectionsMention(word, topic.categories));
  // "类目和实际场景不符会怎样" asks about categories in general — unless the topic's own sections speak of
  // its words ("直播里带用户买股票需要啥类目" after 股票信息服务平台: its note names the category).
  // With no words of its own ("需要补充什么类目吗" after 社交-直播) it asks about the topic.
  // Not one going back to them ("回到平台类目那个,场景是怎么写的"): 回到 is no word of a question about categories.
  if (frame.speaksOfCategories && !frame.followUp && !frame.goesBack && frame.roled.length === 0 && hanWords.length > 0 && foreign.length === hanWords.length) return turn("none", emptyFacts);
  // "今天天气怎么样": nothing of its own that the topic's sections know, and nothing asked — a new topic. English words
  // count as the sections' English renderings know them ("we only do consulting, no trading" after 证券/期货).
  const latinKnown = () => frame.topicWords.some((word) => !containsHan(word) && knowledge.sectionsMention(word, topic.categories));
  if (frame.aspects.length === 0 && frame.askedMethod === null && !frame.pointsBack && foreign.length > 0 && foreign.length === hanWords.length && frame.roled.length === 0 && !latinKnown()) {
    return turn("new-topic", emptyFacts);
  }
  const mentionsSomething = frame.roled.length > 0 || frame.topicWords.length > 0;
  // "好的 我们就按原生来": a method named takes the topic's verdict up.
  if (frame.followUp || frame.aspects.length > 0 || frame.askedMethod !== null || mentionsSomething || frame.language === "en") return turn("inherited", fromTopic, carried);
  return turn("none", emptyFacts);
}

/**
 * Words the asker says besides the denied part, and none of them one the category's section uses (in English, its
 * renderings'): "我们不是课程,是讲座" keeps 在线视频课程, whose scope lists 讲座.
 */
function saysInsteadOutside(topicWords: readonly string[], part: string, id: CategoryId, knowledge: TopicKnowledge): boolean {
  // Not the denied part, in whatever word it stands ("视频类").
  const instead = topicWords.filter((word) => !part.includes(word) && !word.includes(part));
  return instead.length > 0 && !instead.some((word) => knowledge.sectionsMention(word, [id]));
}

/** The subject the asker said of its own program before the conversation went to another's, if it did. */
function ownSubjectBefore(topic: DialogueTopic): Subject | null {
  const before = topic.otherProgram;
  return before && before.aboutAnother !== true && before.subjectStated === true ? before.subject : null;
}

