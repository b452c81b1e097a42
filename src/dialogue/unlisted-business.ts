import type { QuestionFrame } from "../understanding/question-frame.js";
import type { DialogueTopic } from "./dialogue-topic.js";
import { withFields } from "../shared/with-fields.js";
import type { TurnFacts } from "./turn-facts.js";

/**
 * A business described in words the document lacks ("我们是开琴行的") names no category, so it leaves no facts behind —
 * but the next message asking which category, or how to stream, with nothing new ("那我们该选哪个类目", "那要用什么方式
 * 接入"), still asks about it: the answer is again that the document names none, not a request to describe the business.
 */
export function withUnlistedBusiness(turn: TurnFacts, topic: DialogueTopic, frame: QuestionFrame): TurnFacts {
  if (turn.source === "new-topic") return frame.describesUnlistedBusiness && frame.nearbyTopics.length === 0 ? withFields(turn, { businessUnlisted: true }) : turn;
  const asksOfIt =
    topic.businessUnlisted === true &&
    turn.source === "none" &&
    frame.roled.length === 0 &&
    frame.unlisted.length === 0 &&
    frame.subject === null &&
    frame.unknownWords.length === 0 &&
    frame.nearbyTopics.length === 0 &&
    frame.aspects.every((aspect) => aspect === "choose" || aspect === "method");
  return asksOfIt ? withFields(turn, { businessUnlisted: true }) : turn;
}
