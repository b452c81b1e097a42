import { mentionOfCategory, type Facts } from "../rules/rules-engine.js";
import type { CategoryId } from "../rules/rules-schema.js";
import type { QuestionFrame } from "../understanding/question-frame.js";
import type { DialogueTopic } from "./dialogue-topic.js";
import type { TurnFacts } from "./turn-facts.js";

/** The categories, subject and unlisted names of a program, as the topic keeps them. */
export type HeldFacts = Pick<DialogueTopic, "categories" | "subject" | "unlisted">;

/**
 * A turn naming nothing after a supposition (the topic keeps what is held beside it): "那现在呢,还没加" goes back to
 * what is held; "好,我们加上了" says the supposition came true; "续的话…" after a loss supposed supposes it undone.
 * The last two hold what was held and what was supposed on top alike; only supposed again, the supposition goes on
 * (`goesOn`), so what is held stays for a later "那现在呢". Null when the turn is none of these.
 */
export function afterSupposition(topic: DialogueTopic, frame: QuestionFrame): { facts: Facts; goesOn: boolean } | null {
  const actual = topic.actual;
  if (!actual || frame.mentions.length > 0 || frame.unlisted.length > 0 || frame.subject) return null;
  if (!frame.asksActual && !frame.approval && !frame.cameTrue) return null;
  const both = frame.cameTrue || frame.approval;
  const held: HeldFacts = both
    ? { subject: topic.subject, categories: [...new Set([...actual.categories, ...topic.categories])], unlisted: [...new Set([...actual.unlisted, ...topic.unlisted])] }
    : actual;
  return { facts: { subject: held.subject, mentions: held.categories.map(mentionOfCategory), unlisted: held.unlisted }, goesOn: frame.approval && !frame.cameTrue };
}

/**
 * "如果是个人认证的呢" then "说回政府那个,审核多久", "回到刚才那个": going back ends the supposition, to what was held —
 * whatever short name the turn gives it ("back to the company one" names the subject held when none was said), unless
 * it names a category or the subject supposed. Null when the turn is not so.
 */
export function wentBackFromSupposition(topic: DialogueTopic, frame: QuestionFrame): { facts: Facts; goesOn: boolean } | null {
  const held = topic.actual;
  // Of a subject supposed only: going back among categories ("回到第二个", "回到刚才那个" after "那银行呢") is the
  // categories' (track-dialogue.ts).
  if (!held || held.subject === topic.subject || frame.mentions.length > 0 || frame.unlisted.length > 0 || frame.pointsAtOrdinal !== null) return null;
  if (!frame.goesBack && !frame.backToTopic && frame.backToProgram !== "earlier") return null;
  // The subject named: the one supposed ("说回个人那个") goes on with the supposition; another than the one held is new.
  const named = frame.goesBackTo ?? frame.subject;
  if (named !== null && named === topic.subject && named !== held.subject) {
    return { facts: { subject: topic.subject, mentions: topic.categories.map(mentionOfCategory), unlisted: topic.unlisted }, goesOn: true };
  }
  if (named !== null && held.subject !== null && named !== held.subject) return null;
  return { facts: { subject: held.subject ?? named, mentions: held.categories.map(mentionOfCategory), unlisted: held.unlisted }, goesOn: false };
}

/**
 * "社交直播也批下来了" then "结果又被撤了": a loss that names nothing is of the categories the turn before added.
 * Which of several held together was lost is not known: none is kept, and the answer asks which the program has now.
 */
export function namelessLoss(topic: DialogueTopic, frame: QuestionFrame): { facts: Facts; lost: readonly CategoryId[] } | null {
  // "如果我们被驳回了怎么办": asked about a rejection itself (its rule), not a loss told or supposed.
  if (!frame.namelessLoss || topic.categories.length === 0 || frame.asksRejection) return null;
  // "社交直播还在审" then "刚被驳回了": an application turned down loses nothing held; the category stays applied for.
  if (topic.categories.every((id) => topic.notHeld?.includes(id))) return null;
  const added = (topic.lastAdded ?? []).filter((id) => topic.categories.includes(id));
  const lost = added.length > 0 && added.length < topic.categories.length ? added : topic.categories;
  return { facts: { subject: topic.subject, mentions: topic.categories.filter((id) => !lost.includes(id)).map(mentionOfCategory), unlisted: topic.unlisted }, lost };
}

/**
 * What is held beside the topic after a turn: a supposition keeps what was held before it (the first one's, when one
 * follows another); a follow-up on it keeps that too; a turn that states facts anew, ends the supposition or goes to
 * another program (`switches`) leaves nothing.
 */
export function actualAfter(topic: DialogueTopic, turn: TurnFacts, switches: boolean): HeldFacts | undefined {
  if (switches) return undefined;
  if (turn.supposes) return topic.actual ?? (turn.heldBesideSupposed ? { categories: turn.heldBesideSupposed, subject: turn.facts.subject, unlisted: turn.facts.unlisted } : { categories: topic.categories, subject: topic.subject, unlisted: topic.unlisted });
  return !turn.endsSupposition && (turn.source === "inherited" || turn.source === "none") ? topic.actual : undefined;
}

/**
 * The categories a turn adds to the topic's, all of which stay ("社交直播也批下来了"): not a first turn's, a
 * replacement's ("银行类目呢" after 信托), nor another program's. What a later loss naming nothing takes away.
 */
export function addedBy(topic: DialogueTopic, turn: TurnFacts, kept: DialogueTopic): readonly CategoryId[] {
  if (turn.source !== "question" && turn.source !== "inherited") return [];
  if (topic.categories.length === 0 || (turn.program !== undefined && turn.program !== "same")) return [];
  if (!topic.categories.every((id) => kept.categories.includes(id))) return [];
  return kept.categories.filter((id) => !topic.categories.includes(id));
}
