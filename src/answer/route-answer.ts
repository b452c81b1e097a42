import { resolveTurn, type DialogueTopic, type TurnFacts } from "../dialogue/track-dialogue.js";
import type { Facts } from "../rules/rules-engine.js";
import type { QuestionFrame } from "../understanding/question-frame.js";
import type { AnswerKind } from "./compose-answer.js";

export interface Route {
  readonly kind: AnswerKind;
  readonly facts: Facts;
  /** The facts came from the conversation, not the question: the answer says which topic it is about. */
  readonly inherited: boolean;
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
  command?: "list-categories",
): Route {
  if (command === "list-categories") return { kind: "list", facts: noFacts, inherited: false };
  if (frame.greeting) return { kind: "help", facts: noFacts, inherited: false };
  const turn: TurnFacts = resolveTurn(topic, frame);
  switch (turn.source) {
    case "question":
      return { kind: "verdict", facts: turn.facts, inherited: false };
    case "inherited":
      return { kind: "verdict", facts: turn.facts, inherited: true };
    case "new-topic":
      return { kind: frame.aspects.includes("list") && frame.nearbyTopics.length === 0 ? "list" : "out-of-corpus", facts: noFacts, inherited: false };
    case "none":
      break;
  }
  if (frame.aspects.includes("list")) return { kind: "list", facts: noFacts, inherited: false };
  const asked = frame.aspects.length > 0;
  if (!asked && frame.topicWords.length === 0) return { kind: "help", facts: noFacts, inherited: false };
  // The corpus is Chinese, so English words cannot be checked against it: an English question is
  // on topic when it asks something the bot answers (method, qualifications, review…).
  if (frame.language === "en") return { kind: asked ? "no-category" : "out-of-corpus", facts: noFacts, inherited: false };
  // Only words beyond "what is asked" can find a passage; "需要什么资质?" alone needs a category first.
  const passageWords = frame.topicWords.filter(corpusKnows);
  if (passageWords.length > 0) return { kind: "general", facts: noFacts, inherited: false };
  return { kind: asked ? "no-category" : "out-of-corpus", facts: noFacts, inherited: false };
}
