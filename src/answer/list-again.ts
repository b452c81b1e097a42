import type { DialogueTopic } from "../dialogue/dialogue-topic.js";
import type { QuestionFrame } from "../understanding/question-frame.js";
import type { AnswerKind } from "./compose-types.js";

/**
 * "哪些能用原生" then "没看懂": a list asked for again is listed by what the last list was (the conversation's
 * `listedBy`), not the whole document's.
 */
export function listedAgain(understanding: QuestionFrame, topic: DialogueTopic): QuestionFrame {
  const before = topic.listedBy;
  if (!understanding.asksAgain || !before) return understanding;
  return { ...understanding, askedMethod: before.method, askedQualificationCount: before.count };
}

/**
 * The topic after an answer: a list remembers what it was listed by. Any other answer's topic has none already: the next
 * topic is built field by field, and an interrupted one starts from no topic.
 */
export function withListFilters(topic: DialogueTopic, kind: AnswerKind, listed: QuestionFrame): DialogueTopic {
  if (kind !== "list") return topic;
  return { ...topic, listedBy: { method: listed.askedMethod, count: listed.askedQualificationCount } };
}
