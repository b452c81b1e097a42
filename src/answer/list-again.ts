import type { DialogueTopic } from "../dialogue/dialogue-topic.js";
import type { Aspect } from "../lexicon/lexicon-schema.js";
import type { QuestionFrame } from "../understanding/question-frame.js";
import type { AnswerKind } from "./compose-types.js";
import type { CategoryId } from "../rules/rules-schema.js";

/**
 * "哪些能用原生" then "没看懂" or "一共几个": a list asked for again, counted, or shown again after a place beyond it
 * (`shownAgain`: "第8个呢" of 6) is listed by what the last list was (the conversation's `listedBy`), not the whole
 * document's.
 */
export function listedAgain(understanding: QuestionFrame, topic: DialogueTopic, shownAgain = false): QuestionFrame {
  const before = topic.listedBy;
  // A request for another language alone ("please answer in Chinese") is the list again too, in it.
  const inAnotherLanguage = understanding.asksLanguage && understanding.aspects.length === 0;
  if (!(understanding.asksAgain || understanding.asksCountOfThem || shownAgain || inAnotherLanguage) || !before) return understanding;
  // What the message names itself still counts ("哪些类目是2选1" then "其中用插件的有几个": those of the plugin, by that count).
  return { ...understanding, askedMethod: understanding.askedMethod ?? before.method, askedQualificationCount: understanding.askedQualificationCount ?? before.count };
}

/**
 * "教育类哪些要用插件" then "那哪个能用原生标签": a list the turn asks for again (its aspects carry it) is composed as a
 * list, though this message's own words ask for none.
 */
export function withListAsked(understanding: QuestionFrame, aspects: readonly Aspect[]): QuestionFrame {
  return aspects.includes("list") && !understanding.aspects.includes("list") ? { ...understanding, aspects: [...understanding.aspects, "list"] } : understanding;
}

/**
 * "教育类哪些要用插件" then "一共几个": a count after a group's options listed by a method counts those of that method, as
 * the list showed them first. Not a count that names its group afresh ("教育类一共几个"): that asks how many the group
 * holds, whatever the last list was by — unless it points among those shown ("这里面教育类的有几个").
 */
export function countedBy(understanding: QuestionFrame, topic: DialogueTopic): QuestionFrame {
  const namesItsOwn = understanding.mentions.length > 0 && !understanding.asksAmongThem;
  return understanding.asksCountOfThem && understanding.askedMethod === null && topic.offeredBy !== undefined && !namesItsOwn ? { ...understanding, askedMethod: topic.offeredBy } : understanding;
}

/**
 * The topic after an answer: a list remembers what it was listed by. Any other answer's topic has none already: the next
 * topic is built field by field, and an interrupted one starts from no topic.
 */
export function withListFilters(topic: DialogueTopic, kind: AnswerKind, listed: QuestionFrame, order: readonly CategoryId[] = []): DialogueTopic {
  // Another answer that showed categories as what was asked ("哪个类目需要审核7天"): what it showed, for a pointer after it.
  if (kind !== "list" && order.length === 0) return topic;
  return { ...topic, listedBy: { method: listed.askedMethod, count: listed.askedQualificationCount, ...(order.length > 0 ? { order } : {}) } };
}
