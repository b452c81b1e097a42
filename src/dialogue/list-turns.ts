import { mentionOfCategory } from "../rules/rules-engine.js";
import type { Aspect } from "../lexicon/lexicon-schema.js";
import type { CategoryId } from "../rules/rules-schema.js";
import { containsHan } from "../shared/han-script.js";
import { withFields } from "../shared/with-fields.js";
import { offeredGroup, placesOf, wholeGroupOf } from "./list-places.js";
import { emptyFacts, type TurnContext, type TurnFacts } from "./turn-facts.js";

/** A place pointed at beyond the list the last answers showed: the list again, with what is missing (turn placeMissing). */
export function placeBeyondTurn(context: TurnContext, talkedAbout: readonly CategoryId[]): TurnFacts | null {
  const { topic, frame, knowledge, named, carried, lastAspects, fromTopic, turn } = context;
  // "第12个呢" after a list of 11: no such place; the list again, after a line saying how many it has.
  const places = frame.pointsAtOrdinal !== null && !named && !frame.subject && topic.pairByCorrection !== true ? placesOf(topic, talkedAbout) : [];
  if (frame.pointsAtOrdinal !== null && places.length >= 2 && places.at(frame.pointsAtOrdinal) === undefined) {
    const placeMissing = { place: frame.pointsAtOrdinal < 0 ? frame.pointsAtOrdinal : frame.pointsAtOrdinal + 1, count: places.length };
    const offered = topic.offered ?? [];
    const again =
      topic.categories.length > 2
        ? turn("inherited", fromTopic, carried)
        : topic.categories.length === 0 && (topic.listedBy?.order?.length ?? 0) > 1
          ? turn("none", emptyFacts, lastAspects)
          : offered.length > 2
            ? turn("question", { subject: topic.subject, mentions: [offeredGroup(offered, knowledge)], unlisted: [] }, lastAspects)
            : turn("question", { subject: topic.subject, mentions: places.map(mentionOfCategory), unlisted: [], alternatives: true }, carried);
    return withFields(again, { placeMissing });
  }
  return null;
}

/** "一共几个" after an answer about several categories, a group's options or a list: how many of them. */
export function countTurn(context: TurnContext): TurnFacts | null {
  const { topic, frame, knowledge, named, lastAspects, fromTopic, turn } = context;
  // "金融类哪些能用原生" then "一共几个": how many of the categories just answered — or just offered to choose from. Not
  // after a question of days or qualifications ("审核要多久" then "多少个"): those are what is counted.
  const offered = topic.offered ?? [];
  const askedOfMethods = lastAspects.every((aspect) => aspect === "method" || aspect === "list");
  if (frame.asksCountOfThem && askedOfMethods && !named && !frame.subject && (topic.categories.length >= 2 || offered.length >= 2)) {
    if (topic.categories.length >= 2) return turn("inherited", fromTopic, ["method"]);
    return turn("question", { subject: topic.subject, mentions: [offeredGroup(offered, knowledge)], unlisted: [] }, ["method"]);
  }
  // "哪些类目可以用插件" then "其中教育的有几个", "这几个里教育相关的有哪些": a group's categories among the list just shown,
  // not all of the group's.
  const shown = topic.listedBy?.order ?? [];
  if ((frame.asksCountOfThem || frame.asksWhichOnes) && frame.asksAmongThem && named && shown.length > 0 && topic.categories.length === 0 && frame.unlisted.length === 0 && !frame.subject) {
    // A group some of whose categories the list left out is no longer the group: its categories in the list, each named.
    const among = frame.mentions.map((mention) => mention.candidates.filter((id) => shown.includes(id)));
    // "how many of these are medical?" after the plugin's list: none — said in a line of its own.
    const absent = frame.mentions.filter((_, index) => among[index]!.length === 0).map((mention) => mention.term);
    // …and when none is there at all, the list again after it.
    if (absent.length === frame.mentions.length) return withFields(turn("none", emptyFacts, lastAspects), { noneAmongShown: absent });
    // Several groups ("教育和医疗各有几个", "education and finance"): each category of those there named, so none is read as a
    // scenario beside another and no group holding others is counted whole.
    const whole = (index: number) => frame.mentions.length === 1 && among[index]!.length === frame.mentions[index]!.candidates.length;
    const mentions = frame.mentions.flatMap((mention, index) => (whole(index) ? [mention] : among[index]!.map(mentionOfCategory)));
    const counted = turn("question", { subject: topic.subject, mentions, unlisted: [] }, ["method"]);
    return absent.length > 0 ? withFields(counted, { noneAmongShown: absent }) : counted;
  }
  // "哪些类目能用插件" then "一共几个": that list again, its heading counting it.
  if (frame.asksCountOfThem && askedOfMethods && topic.listedBy !== undefined && topic.categories.length === 0 && !named && !frame.subject) return turn("none", emptyFacts, lastAspects);
  return null;
}

/**
 * A list question after a list, a group's options or several categories: among them, the rest, the same list by another
 * method or count, or the list again.
 */
export function listTurn(context: TurnContext): TurnFacts | null {
  const { topic, frame, knowledge, named, lastAspects, fromTopic, turn } = context;
  const offered = topic.offered ?? [];
  // "哪个类目资质可选的最多", "资质最少的类目是哪个": with nothing talked about, the document's categories weighed by their
  // counts — listed by count, the most and fewest said.
  if (frame.comparesOptions && !named && !frame.subject && !frame.pointsAtSeveral && !frame.asksAmongThem && topic.categories.length === 0 && offered.length === 0) {
    return turn("none", emptyFacts, ["list", "qualification"]);
  }
  // "教育类哪些能用插件" then "其中资质是2选1的是哪些", "其中哪些有注意事项": the list by that, among those just shown (a
  // group's options, of the method they were listed by, or the categories talked about) — not the document's.
  // Only asked by the attribute itself: "其中哪些不能做在线交易" asks what a note says, answered from the notes that speak of it.
  // "这些里面资质是几选一的有哪些": which of them have which count, no count named — their counts.
  const byAttribute =
    frame.askedQualificationCount !== null ||
    (frame.aspects.includes("qualification") && frame.asksWhichOnes) ||
    (frame.aspects.some((aspect) => aspect === "notes" || aspect === "scope" || aspect === "scenario") && frame.topicWords.every((word) => !containsHan(word)));
  // "插件的那几个里哪些是2选1" after a group's options: among those of the method named.
  if (frame.asksAmongThem && byAttribute && !named && !frame.subject) {
    const method = frame.askedMethod ?? topic.offeredBy;
    // …or the categories talked about, or those the last list showed ("除了金融的呢" then "这些里面哪些有注意事项").
    const talked = topic.categories.length > 0 ? topic.categories : (topic.listedBy?.order ?? []);
    const shown = offered.length >= 2 ? offered.filter((id) => method === undefined || knowledge.methodOf(id) === method) : frame.askedMethod === null ? talked : [];
    // One is enough when the method named narrowed them to it ("原生的那个里…" of 教育's options).
    if (shown.length >= (frame.askedMethod !== null ? 1 : 2)) return withFields(turn("none", emptyFacts, [...new Set(["list" as const, ...frame.aspects])]), { within: shown });
  }
  // "金融类里哪些是3选1", "which education categories are one of two?": which of the groups named have the count asked —
  // the list by it, within the groups.
  const groupsOnly = named && frame.mentions.every((mention) => mention.candidates.length > 1) && frame.unlisted.length === 0;
  // …or which of them lack a row ("金融类里哪些没有注意事项"; which have one is answered from their notes themselves).
  const byRow = frame.askedQualificationCount !== null || frame.lackedAspects.length > 0;
  if (groupsOnly && byRow && (frame.asksWhichOnes || frame.aspects.includes("list")) && !frame.subject) {
    const within = [...new Set(frame.mentions.flatMap((mention) => mention.candidates))];
    // Named by the group's own name when the word holds the whole group ("金融类" → 金融业); a part of one ("基金", "驾校")
    // by the asker's word: the heading must not claim the whole group was searched.
    const withinGroups = [...new Set(frame.mentions.map((mention) => wholeGroupOf(mention.candidates, knowledge) ?? mention.term))];
    return withFields(turn("none", emptyFacts, [...new Set(["list" as const, ...frame.aspects])]), { within, withinGroups });
  }
  // "教育类哪些要用插件" then "那哪个能用原生标签", "教育类一共几个" then "其中哪些是用原生标签的": a group's list the last
  // answer offered, listed again by the method this turn asks — not the whole document's. Not a question about something
  // else of the method ("插件去哪个地方申请", "原生组件在哪个页面配置"): a near-by topic, or Chinese words of its own; nor
  // a list question of its own ("那哪些类目能用原生"), which asks among the document's unless it points among these.
  const asksOnlyWhich = frame.nearbyTopics.length === 0 && frame.topicWords.every((word) => !containsHan(word));
  const amongOffered = !frame.aspects.includes("list") || !frame.speaksOfCategories || frame.asksAmongThem;
  // …also after the options offered to choose from ("教育类都有啥类目" answered as options), asked among them ("这里面哪些走插件").
  if (offered.length >= 2 && (lastAspects.includes("list") || frame.asksAmongThem) && topic.categories.length === 0 && !named && !frame.subject && frame.askedMethod !== null && asksOnlyWhich && amongOffered && (frame.followUp || frame.short || frame.endsWithWhatAbout || frame.asksWhichOnes)) {
    return turn("question", { subject: topic.subject, mentions: [offeredGroup(offered, knowledge)], unlisted: [] }, [...new Set([...lastAspects, ...frame.aspects])]);
  }
  // "银行、信托和电商平台" then "其中哪些能用原生": the method of each of the categories talked about.
  // So does a bare which-word naming no categories ("银行和驾校培训资质一样吗" then "哪个能用live-player"): which of these two.
  const whichOfThem = frame.asksAmongThem || (frame.asksWhichOnes && !frame.speaksOfCategories);
  if (whichOfThem && topic.categories.length >= 2 && !named && !frame.subject && frame.askedMethod !== null && asksOnlyWhich) return turn("inherited", fromTopic, ["method"]);
  // Not with a subject of its own ("政府单位的小程序需要什么类目才能直播"): its rule answers. "除了这个还有哪些要插件" leaves the
  // topic's categories out.
  // Not a count the document does not cover ("一个小程序最多能加几个类目": a near-by topic whose words count categories).
  if (frame.aspects.includes("list") && !named && !frame.subject && !frame.asksRest && !frame.nearbyTopics.some((nearby) => nearby.noList)) {
    // "除了这几个还有哪些能用原生": the several talked about.
    const setAside = frame.exceptsSeveral ? (topic.recent ?? topic.categories) : frame.exceptsTopic ? topic.categories : [];
    if (setAside.length > 0) return withFields(turn("none", emptyFacts), { setAside: [...setAside] });
    // "二选一的有哪些" then "这些里面哪些走插件": among the list just shown, as it was listed and by what this one asks.
    const among = amongLastList(context);
    return among.length > 0 ? withFields(turn("none", emptyFacts, [...new Set([...lastAspects, ...frame.aspects])]), { within: [...among] }) : turn("none", emptyFacts);
  }
  // "金融类哪些能用原生" then "其他的呢": the document's other categories, by method (after "审核要多久", those it gives a
  // review time for); after a list, the whole list.
  // "银行资质几选几" then "还有吗", "电商平台有什么注意事项" then "is that all?": more of the rows just given for the
  // category talked about — they again, said to be all the document writes of them.
  const rowsGiven = lastAspects.filter((aspect) => aspect === "qualification" || aspect === "notes" || aspect === "scope" || aspect === "scenario" || aspect === "review");
  // …also naming the row again ("还有没有要注意的" after the notes).
  const sameRows = frame.aspects.every((aspect) => (rowsGiven as readonly Aspect[]).includes(aspect));
  if (frame.asksMoreOfSame && !named && !frame.subject && topic.categories.length > 0 && !lastAspects.includes("list") && rowsGiven.length > 0 && sameRows) {
    return withFields(turn("inherited", fromTopic, rowsGiven), { allOfRows: true });
  }
  // "哪些能用插件" then "还有呢": more of the list just shown, as "还有吗" is.
  const moreOfList = frame.asksMoreOfSame && lastAspects.includes("list") && topic.categories.length === 0;
  if ((frame.asksRest || moreOfList) && !named && !frame.subject && (topic.categories.length > 0 || offered.length > 0 || lastAspects.includes("list"))) {
    const asked = frame.aspects.length > 0 ? frame.aspects : lastAspects;
    // "金融类哪些能用原生" then "其中哪个是2选1" then "剩下的呢": the rest of those the list was asked among, by what was
    // asked of them — not the document's other categories.
    const shown = topic.listedBy?.order ?? [];
    const restAmong = shown.length > 0 && shown.every((id) => topic.categories.includes(id)) ? topic.categories.filter((id) => !shown.includes(id)) : [];
    if (restAmong.length > 0) return withFields(turn("none", emptyFacts, [...new Set(["list" as const, ...asked])]), { within: restAmong, restOfShown: true });
    // "哪些类目能用原生" then "还有别的吗": the categories the list did not show, not that list again — by its method when
    // it was listed by one and nothing else is asked ("还有吗": more that take it; the document lists none).
    const listedAlone = topic.categories.length === 0 && offered.length === 0 ? shown : [];
    const byItsMethod = frame.asksMoreOfSame && listedAlone.length > 0 && topic.listedBy?.method !== undefined && topic.listedBy.method !== null && frame.askedMethod === null && frame.aspects.length === 0;
    if (byItsMethod) return withFields(turn("none", emptyFacts, lastAspects), { listAgainWithout: true, setAside: [...listedAlone] });
    return withFields(turn("none", emptyFacts, [...new Set(["list" as const, ...asked])]), { setAside: [...topic.categories, ...offered, ...listedAlone] });
  }
  // "哪些类目资质是5选1" then "2选1的呢", "哪些能用原生" then "那插件的呢": the same list, by what this turn names.
  const listFollowUp =
    lastAspects.includes("list") && topic.categories.length === 0 && !named && !frame.subject && (frame.askedMethod !== null || frame.askedQualificationCount !== null) && (frame.followUp || frame.short || frame.endsWithWhatAbout || frame.asksAmongThem);
  if (listFollowUp) {
    const again = turn("none", emptyFacts, [...new Set([...lastAspects, ...frame.aspects])]);
    // Asked among those the last list showed ("金融类里哪些是2选1" then "这里面走插件的有多少个"): those only.
    const among = amongLastList(context);
    return among.length > 0 ? withFields(again, { within: [...among] }) : again;
  }
  // "除了金融的呢", "不算金融的话还有哪些" after a list: that list again, as it was listed, without those set aside — or said
  // not to count, in a message asking for the list (not "我们不做教育,用什么接入", which says what the asker is not).
  const asksListAgain = frame.asksWhichOnes || frame.aspects.includes("list") || frame.asksRest || frame.endsWithWhatAbout || frame.short;
  const setAsideNow = frame.roled.filter((mention) => (mention.role === "excluded" || (mention.role === "negated" && asksListAgain && !frame.assertsIdentity)) && mention.candidates.length > 0);
  if (lastAspects.includes("list") && topic.listedBy !== undefined && topic.categories.length === 0 && !named && !frame.subject && setAsideNow.length > 0 && (frame.askedMethod === null || frame.askedMethod === topic.listedBy.method) && frame.askedQualificationCount === null) {
    return withFields(turn("none", emptyFacts, lastAspects), { listAgainWithout: true, setAside: [...new Set(setAsideNow.flatMap((mention) => mention.candidates))] });
  }
  // "私募基金能直播吗" then "除了金融以外的呢": what else there is than those set aside (the topic's group) — the document's
  // list without them, by what was asked of the topic. Only words of setting aside ("除了…"), not a denial ("不是金融的呢").
  const excludedNow = setAsideNow.filter((mention) => mention.role === "excluded");
  if (excludedNow.length > 0 && excludedNow.length === setAsideNow.length && topic.categories.length > 0 && !named && !frame.subject && (frame.endsWithWhatAbout || frame.short) && frame.askedMethod === null && frame.askedQualificationCount === null && frame.aspects.length === 0) {
    return withFields(turn("none", emptyFacts, [...new Set(["list" as const, ...lastAspects])]), { listAgainWithout: true, setAside: [...new Set(excludedNow.flatMap((mention) => mention.candidates))] });
  }
  // "分别是哪几个", "具体是哪些" alone right after a list or a count: which they are is the list again.
  const asksWhichAgain = frame.asksWhichOnes && frame.short && frame.aspects.length === 0 && frame.askedMethod === null && frame.askedQualificationCount === null && frame.topicWords.every((word) => !containsHan(word));
  // "列出来", "没看懂" right after a group's options were shown ("教育类哪些要用插件"): those options again.
  // So does a request for another language alone ("please answer in Chinese"): the same list, in it.
  const againInLanguage = frame.asksLanguage && frame.aspects.length === 0 && frame.askedMethod === null;
  if ((frame.asksAgain || asksWhichAgain || againInLanguage) && offered.length >= 2 && topic.categories.length === 0 && !named && !frame.subject) {
    return turn("question", { subject: topic.subject, mentions: [offeredGroup(offered, knowledge)], unlisted: [] }, lastAspects);
  }
  // "没看懂" right after a list (which the topic remembers it was listed by): the list again.
  if ((frame.asksAgain || againInLanguage) && topic.listedBy !== undefined && topic.categories.length === 0 && !named) return turn("none", emptyFacts, lastAspects);
  // Listed again as the list was listed (by its method or count), nothing set aside.
  if (asksWhichAgain && topic.listedBy !== undefined && topic.categories.length === 0 && !named) return withFields(turn("none", emptyFacts, [...new Set(["list" as const, ...lastAspects])]), { listAgainWithout: true, setAside: [] });
  return null;
}

/**
 * "金融类里哪些是3选1" then "它们的适用范围", "这几个审核多久": a pointer at several right after a list, asking of them what
 * the document answers of categories (a method or an aspect; `aspects`, what to answer), is the categories the list
 * showed, each answered. Not words the categories' sections do not use nor ones the document and vocabulary do not
 * know ("它们要分别开账号吗", "do those need a license? I mean our hosts"), what is lacking ("我们没有这些类目"), a near-by
 * topic ("这些要收费吗"), nor a list asked among them ("这些里面哪些有注意事项"), which is a list of its own (listTurn).
 */
export function severalOfListTurn(context: TurnContext, aspects: TurnFacts["aspects"]): TurnFacts | null {
  const { topic, frame, knowledge, named, turn } = context;
  // …or the options a group's answer offered ("教育下面有哪几个类目" then "这几个分别要几个证").
  const shown = topic.listedBy?.order ?? (topic.categories.length === 0 ? (topic.offered ?? []) : []);
  // The list the last answer showed (a topic's categories from before it stay beside it: "金融类有哪些" then "其中哪些是
  // 2选1" then "它们审核要多久" asks of the two).
  if (!frame.pointsAtSeveral || shown.length < 2 || named || frame.subject) return null;
  const asksOfCategories = frame.aspects.some((aspect) => aspect !== "choose" && aspect !== "list" && aspect !== "compare") || frame.askedMethod !== null;
  const wordsOfThem = frame.unknownWords.length === 0 && frame.topicWords.filter((word) => containsHan(word)).every((word) => knowledge.sectionsMention(word, shown));
  const saysLacking = frame.roled.some((mention) => mention.role === "negated") || frame.namelessLoss || frame.holdsNoListedCategory;
  const pointsAtList =
    asksOfCategories && wordsOfThem && !saysLacking && frame.nearbyTopics.length === 0 && !frame.asksAmongThem && !frame.asksWhichOnes && !frame.aspects.includes("list") && !frame.exceptsTopic && !frame.exceptsSeveral;
  return pointsAtList ? turn("question", { subject: topic.subject, mentions: shown.map(mentionOfCategory), unlisted: [], alternatives: true }, aspects) : null;
}

/** The categories the last list showed, when the message points among them ("这里面…", "其中…"); none otherwise. */
function amongLastList({ topic, frame }: TurnContext): readonly CategoryId[] {
  return frame.asksAmongThem ? (topic.listedBy?.order ?? []) : [];
}
