import type { QuestionFrame } from "../understanding/question-frame.js";
import { hasContent, noTopic, topicOnly, type DialogueTopic } from "./dialogue-topic.js";
import { withFields } from "../shared/with-fields.js";

/**
 * After a question the document does not cover, or an aside: no topic, the last one waiting for "回到正题" (one level:
 * an aside after an aside keeps the first topic).
 */
export function interruptedTopic(topic: DialogueTopic, byOtherProduct = false): DialogueTopic {
  if (hasContent(topic)) return withFields(noTopic, { interrupted: topicOnly(topic), interruptedByProduct: byOtherProduct });
  return topic.interrupted ? withFields(noTopic, { interrupted: topic.interrupted, interruptedByProduct: byOtherProduct }) : noTopic;
}

/**
 * The waiting topic a turn takes up, if it does: "回到正题,我们这个类目要几选一" after "顺便问下今天天气怎么样", read as if the
 * aside had not been asked; or a category supposed on top of what is held ("插件要花钱吗" then "如果再申请个在线视频课程
 * 一起用呢"). Not "还有个问题,驾校培训能直播吗", nor a second program ("说回来,我们还有个电商平台的小程序").
 */
export function resumedTopic(topic: DialogueTopic, frame: QuestionFrame): DialogueTopic | null {
  if (!topic.interrupted || hasContent(topic)) return null;
  // "扯远一点…" then "回到我客户,他需要什么资质": back to a program of the waiting topic's conversation.
  // Not "回到刚才那家餐厅", which goes back to whatever was said last.
  if ((frame.backToProgram === "other" || frame.backToProgram === "own") && !frame.backToTopic && frame.mentions.length === 0) return topic.interrupted;
  if (frame.anotherProgram) return null;
  // After another product ("视频号能直播吗"), "需要什么资质" is about that product; "那适用范围呢", pointing back, is not.
  // "插件收费吗" then "总结一下": a summary is of what was talked about before the aside, which has nothing to sum up.
  const buildsOnIt =
    frame.backToTopic ||
    frame.asksSummary ||
    (frame.additive && frame.supposing && frame.mentions.length > 0) ||
    (takesItUp(frame) && (topic.interruptedByProduct !== true || (frame.pointsBack && !frame.pushback)));
  return buildsOnIt ? topic.interrupted : null;
}

/**
 * "插件要钱吗" then "那资质呢", "范围呢": a follow-up that names nothing and asks what the document answers of a category
 * can only be about the topic the aside left waiting — the aside has no category. A dispute alone ("你确定?", "你就说能
 * 不能,别废话") disputes the last answer, that the document does not say: it does not bring the waiting topic's verdict back
 * as if it answered the question asked.
 */
function takesItUp(frame: QuestionFrame): boolean {
  const namesNothing = frame.mentions.length === 0 && frame.unlisted.length === 0 && frame.subject === null && frame.nearbyTopics.length === 0;
  const asksOfCategory = frame.aspects.some((aspect) => aspect !== "list") && (frame.followUp || frame.short);
  // "社交直播还在审" then "刚被驳回了,怎么办" (the document does not say) then "现在已经批了,能用原生吗": what was applied
  // for has come through — a status naming nothing is the waiting topic's.
  const saysItCameThrough = frame.cameTrue;
  // "上面第一个审核要多久" after an aside: a place or a method pointed at is among what was talked about before it.
  const pointsAtOne = frame.pointsAtOrdinal !== null || frame.pointsByMethod !== null;
  return namesNothing && (asksOfCategory || saysItCameThrough || pointsAtOne);
}
