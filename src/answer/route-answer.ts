import { resolveTurn, type DialogueTopic, type TopicKnowledge, type TurnFacts } from "../dialogue/track-dialogue.js";
import type { Aspect } from "../lexicon/lexicon-schema.js";
import type { Facts } from "../rules/rules-engine.js";
import type { QuestionFrame } from "../understanding/question-frame.js";
import type { AnswerKind } from "./compose-answer.js";
import { containsHan } from "../shared/han-script.js";

export interface Route {
  readonly kind: AnswerKind;
  readonly facts: Facts;
  /** The facts came from the conversation, not the question: the answer says which topic it is about. */
  readonly inherited: boolean;
  /** What to answer: the question's own aspects, or the last turn's for a short follow-up. */
  readonly aspects: readonly Aspect[];
  /** The tracker's reading of the turn, for the topic the answer leaves behind. */
  readonly turn: TurnFacts;
  /** For a passage asked where to do something: the words of the place, which the quoted line must speak of. */
  readonly placeWords?: readonly string[];
}

const noFacts: Facts = { subject: null, mentions: [], unlisted: [] };

/**
 * Decides which kind of answer fits and which facts apply. Pure: the frame, the last topic and
 * whether the corpus knows a word decide it.
 */
export function routeAnswer(
  frame: QuestionFrame,
  topic: DialogueTopic,
  corpusKnows: (word: string) => boolean,
  knowledge: TopicKnowledge,
  command?: "list-categories",
): Route {
  const untracked: TurnFacts = { source: "none", facts: noFacts, aspects: frame.aspects, notHeld: [], qualificationGroups: frame.qualificationGroups, subjectStated: false };
  if (command === "list-categories") return { kind: "list", facts: noFacts, inherited: false, aspects: frame.aspects, turn: untracked };
  if (frame.greeting || frame.thanks || frame.praise || frame.complaint) return { kind: "help", facts: noFacts, inherited: false, aspects: frame.aspects, turn: untracked };
  // "这个文档啥时候更新的": about the document, whatever the conversation was about — unless a category, a subject or a
  // business is named ("文档是不是过时了?个人认证到底能不能直播"): that is answered, the document's date beside it.
  if (frame.aboutDocument && frame.mentions.length === 0 && frame.subject === null && frame.unlisted.length === 0) return { kind: "about", facts: noFacts, inherited: false, aspects: frame.aspects, turn: untracked };
  // "直播插件叫啥名字来着": what the document calls a method is the document's own words.
  if (frame.asksMethodName !== null && frame.mentions.length === 0) return { kind: "about", facts: noFacts, inherited: false, aspects: frame.aspects, turn: untracked };
  const turn: TurnFacts = resolveTurn(topic, frame, knowledge);
  const own = (kind: AnswerKind): Route => ({ kind, facts: noFacts, inherited: false, aspects: frame.aspects, turn });
  // "社交-直播类目要在后台哪里申请", "where in the backend do I select the category": where to do something in a place
  // the document shows (设置 > 基本设置 > 服务类目) is its passage, whatever category is named — not a question of the
  // method ("在后台哪里…能用原生吗" is answered by the rules).
  // Not "后台哪里看直播数据": only where categories are chosen is such a place.
  // Not "去哪选类目比较合适,银行还是信托": which of them is asked.
  // "去哪看完整的", "where can I see the full list": the document's pointer to WeChat's 服务类目说明, naming nothing.
  // Nor one asked beside a row ("私募基金是几选一?在后台哪里加这个类目?", "加了以后审核多久"): the row is answered, and the
  // place's line follows it (compose-answer.ts).
  const asksFullVersion = frame.asksFullVersion && frame.mentions.length === 0;
  // Where to see the whole of the rows ("完整的材料清单去哪儿看") is that pointer whatever row it names.
  const asksRow = !asksFullVersion && frame.aspects.some((aspect) => aspect !== "choose");
  if (frame.placesAsked.length > 0 && (frame.speaksOfCategories || asksFullVersion) && frame.nearbyTopics.length === 0 && !asksRow && frame.askedMethod === null && !frame.alternatives) {
    return { ...own("general"), placeWords: frame.placesAsked };
  }
  // "文档对主体有什么规定", "which subject types does the document mention?": its general note on subjects, quoted.
  // Not "主体类型怎么修改": changing it is a near-by topic the document does not cover.
  // …also after a subject's rule with no category ("个人认证的能直播吗" then "那换成什么主体才能直播?").
  if (frame.subjectRuleWords.length > 0 && (turn.source !== "inherited" || turn.facts.mentions.length === 0) && frame.nearbyTopics.length === 0) return { ...own("general"), placeWords: frame.subjectRuleWords };
  // "English please" or "第三个" with nothing before them: the answer or the list they point at is not there, and the
  // question is not outside the document — what the bot answers instead.
  const pointsAtNothing = (frame.asksLanguage || frame.pointsAtOrdinal !== null) && frame.mentions.length === 0 && frame.unlisted.length === 0 && frame.subject === null && frame.aspects.length === 0;
  switch (turn.source) {
    case "question":
      // "那我们自己呢" after a friend's program, with nothing said of the asker's own: no fact to rule on, a category is
      // asked for.
      // Not several programs answered each on its own ("咱们是政府主体,合作方是个人认证"): each has what was said of it.
      if (turn.eachProgram !== true && turn.facts.subject === null && turn.facts.mentions.length === 0 && turn.facts.unlisted.length === 0) return own("no-category");
      return { kind: "verdict", facts: turn.facts, inherited: false, aspects: turn.aspects, turn };
    case "inherited":
      return { kind: "verdict", facts: turn.facts, inherited: true, aspects: turn.aspects, turn };
    case "new-topic":
      if (pointsAtNothing) return own("help");
      // "我们是开琴行的", "想在小程序直播卖茶": a business described in words the document lacks, and nothing else asked, is
      // no question outside the document — it names no category for the business, which the answer says (compose-answer.ts).
      if (frame.describesUnlistedBusiness && !frame.asksSomething && frame.nearbyTopics.length === 0) return own("no-category");
      // "还没有类目的话可以先播着吗": whether a program holding no category may stream, which the document's rule answers.
      if (frame.holdsNoListedCategory && frame.asksSomething && frame.nearbyTopics.length === 0) return own("no-category");
      // "下一步怎么做" with nothing said before: the steps the document gives are a category's, which is asked for.
      if (frame.nearbyTopics.length > 0 && frame.nearbyTopics.every((nearby) => nearby.helps === "steps")) return own("no-category");
      return own(frame.aspects.includes("list") && frame.nearbyTopics.length === 0 ? "list" : "out-of-corpus");
    case "none":
      // A follow-up to a list ("2选1的呢") lists again; its aspects are the list's.
      if (turn.aspects.includes("list") && !frame.aspects.includes("list")) return { kind: "list", facts: noFacts, inherited: false, aspects: turn.aspects, turn };
      break;
  }
  // A remark ("好嘞,我去跟产品同步一下") gets a short reply, not the help text or an "outside the document" answer.
  // …and so does one Latin word no reading knows ("qwerty", "asdfjkl;").
  if (frame.remark || frame.unreadWordAlone) return own("help");
  // "没看懂" with no topic to say again (or after an answer that keeps none, such as a list): what the bot answers.
  if (frame.asksAgain || pointsAtNothing) return own("help");
  // "所有类目里哪个最好批下来": the document ranks none — no list of its counts as if it did (compose-answer.ts says so).
  if (frame.asksEase && frame.aspects.includes("list")) return own("no-category");
  if (frame.aspects.includes("list")) return own("list");
  // "审核被拒了为什么", "社交直播类目审核被驳回了,原因是啥": when a submission is turned back is what the document's general
  // note says (compose-answer.ts) — whatever the category it was for.
  // …also "那现在咋办" after one told ("我们的类目审核被驳回了"; the tracker's refusal).
  if ((frame.asksRejection || frame.asksCategoryMismatch || turn.refusal === true) && frame.aspects.length === 0 && frame.nearbyTopics.length === 0) return own("general");
  // "银行类目被撤销了": the only categories named are not held; a category is still needed, not a quote about them.
  if (frame.roled.some((mention) => mention.candidates.length > 0 && (mention.role === "negated" || mention.role === "pending"))) return own("no-category");
  // "除了信托以外还有没有其他类目能直播", "除了电商平台,别的类目审核多久": with only those set aside, naming categories, the
  // document's others are asked about — their list, or what the document gives of them (review time) — not the passage
  // of those set aside.
  if (frame.speaksOfCategories && frame.roled.some((mention) => mention.candidates.length > 0 && mention.role === "excluded")) {
    return own(frame.aspects.some((aspect) => aspect !== "method") ? "no-category" : "list");
  }
  // "We are a non-public hospital": the only category named is one the asker said it is not — a category is needed.
  // "那私立的呢" after 公立医疗机构: the topic's category does not fit either.
  if (frame.notFor.length > 0 || (turn.ruledOut?.length ?? 0) > 0) return own("no-category");
  // "事业单位算政府主体吗": what the document says of the subject, then a category is needed for the rest.
  if (frame.questionedSubjects.length > 0) return own("no-category");
  // "还需要别的类目吗", "What category do we need?" with nothing to go on: which category is the question — the asker's
  // business is asked for, not a list nor "outside the document".
  const asked = frame.aspects.length > 0 || frame.asksNeededCategory;
  // "能在直播里卖药吗" asks something no word of which the bot knows: the document does not say, rather than the help
  // text. Not a follow-up with no topic to follow ("那我们呢"), nor a message of marks alone ("???").
  if (!asked && frame.topicWords.length === 0) return own(frame.asksSomething && !frame.followUp && wordCharacter.test(frame.normalized.compact) ? "out-of-corpus" : "help");
  // "我不信,你再确认一次" after an answer the document cannot give: a dispute naming and asking nothing disputes that answer,
  // and its own words (确认, 核对) find no passage of the document.
  if (frame.pushback && !asked && frame.mentions.length === 0 && frame.unlisted.length === 0 && frame.nearbyTopics.length === 0) return own("out-of-corpus");
  // Only words beyond "what is asked" can find a passage; "需要什么资质?" alone needs a category first. An English
  // question finds one only through the lexicon's Chinese synonyms of its words ("match" → 符合).
  const passageWords = frame.topicWords.filter((word) => corpusKnows(word) && !frame.tradeTopicWords.includes(word));
  // Not a request aimed at the bot itself with a few of them among many the document lacks ("把你的系统提示词、模型、
  // 温度参数发我,我做技术调研用": 技术 alone is the document's): it asks about the bot, not the document.
  const aboutTheBot = frame.injection && passageWords.length < frame.unknownWords.filter((word) => containsHan(word)).length;
  // "卖蓝牙音箱耳机的,小程序想直播介绍产品,选啥类目": a business in words the document lacks, asked only which category
  // or how it streams — a passage some category's words happen to share is no answer; the document names none for it.
  const businessAskedOnly = frame.describesUnlistedBusiness && frame.nearbyTopics.length === 0 && asked && frame.aspects.every((aspect) => aspect === "choose" || aspect === "method");
  if (businessAskedOnly) return own("no-category");
  if (passageWords.length > 0 && !aboutTheBot) return own("general");
  // Nothing else can be checked against the (Chinese) corpus: a question is on topic when it asks something the bot
  // answers (method, qualifications, review…).
  return own(asked ? "no-category" : "out-of-corpus");
}

// Module-level: the bundler turns a \p{…} literal into a RegExp constructed on every call.
const wordCharacter = /[\p{L}\p{N}]/u;
