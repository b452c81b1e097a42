import type { Facts, Subject } from "../rules/rules-engine.js";
import type { CategoryId } from "../rules/rules-schema.js";
import type { QuestionFrame } from "../understanding/question-frame.js";

/** What a conversation remembers about its topic: resolved facts, never display names. */
export interface DialogueTopic {
  readonly categories: readonly CategoryId[];
  readonly subject: Subject | null;
  readonly unlisted: readonly string[];
}

export const noTopic: DialogueTopic = { categories: [], subject: null, unlisted: [] };

/**
 * Which facts a turn is about:
 * - "question": the question's own (it names categories, an unlisted name or a subject);
 * - "inherited": an elliptical follow-up ("那需要什么资质", "what about the review?") takes the last topic;
 * - "new-topic": the question brings a topic of its own the document does not know (ICP, 视频号, fees) — fresh;
 * - "none": nothing to go on.
 */
export type TurnFacts =
  | { readonly source: "question"; readonly facts: Facts }
  | { readonly source: "inherited"; readonly facts: Facts }
  | { readonly source: "new-topic"; readonly facts: Facts }
  | { readonly source: "none"; readonly facts: Facts };

const emptyFacts: Facts = { subject: null, mentions: [], unlisted: [] };

/** Pure: the last topic and this turn's frame decide the facts the turn is about. */
export function resolveTurn(topic: DialogueTopic, frame: QuestionFrame): TurnFacts {
  const fromTopic: Facts = {
    subject: topic.subject,
    mentions: topic.categories.map((id) => ({ term: id, candidates: [id] })),
    unlisted: topic.unlisted,
  };
  const hasTopic = topic.categories.length > 0 || topic.unlisted.length > 0 || topic.subject !== null;
  const named = frame.mentions.length > 0 || frame.unlisted.length > 0;
  // "社交直播我们还在申请": a category not held yet does not replace the one the conversation is about.
  if (named && frame.askedOnly && topic.categories.length > 0) return { source: "inherited", facts: { ...fromTopic, subject: frame.subject ?? topic.subject } };
  if (named) {
    // "那再加上社交-直播呢?" adds to the topic; any other named category starts afresh.
    const adds = frame.additive && hasTopic && !frame.alternatives;
    return {
      source: "question",
      facts: {
        subject: frame.subject,
        alternatives: frame.alternatives && !adds,
        mentions: [...(adds ? fromTopic.mentions : []), ...frame.mentions],
        unlisted: [...(adds ? fromTopic.unlisted : []), ...frame.unlisted],
      },
    };
  }
  // "那个人主体呢?": a new subject, the same categories.
  if (frame.subject) return { source: "question", facts: { ...fromTopic, subject: frame.subject } };
  // A topic of its own that the document does not know is a new topic, never the last one's verdict.
  if (frame.nearbyTopics.length > 0 || ownUnknownTopic(frame)) return { source: "new-topic", facts: emptyFacts };
  const asksSomething = frame.aspects.some((aspect) => aspect !== "list");
  // "类目和实际场景不符会怎样" asks about categories in general, not about the last one.
  const elliptical = frame.followUp || (asksSomething && !frame.speaksOfCategories);
  if (hasTopic && elliptical && !frame.greeting) return { source: "inherited", facts: fromTopic };
  return { source: "none", facts: emptyFacts };
}

/** The topic a turn leaves behind: verdict answers set it, the rest keep the last one or clear it. */
export function nextTopic(topic: DialogueTopic, turn: TurnFacts, resolved: DialogueTopic | null): DialogueTopic {
  if (resolved) return resolved;
  return turn.source === "new-topic" ? noTopic : topic;
}

/** Unknown words carry the question: "ICP备案怎么办" has nothing the document knows besides "怎么办". */
function ownUnknownTopic(frame: QuestionFrame): boolean {
  const unknown = frame.unknownWords.length;
  if (unknown === 0) return false;
  const known = frame.topicWords.length - unknown;
  return known === 0 || (frame.aspects.length === 0 && unknown >= known);
}
