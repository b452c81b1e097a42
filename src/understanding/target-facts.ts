import type { CategoryId } from "../rules/rules-schema.js";
import type { VocabularyTarget } from "./question-vocabulary.js";

/** What a matched term names, read off its targets: the same for every match of the term. */
export interface TargetFacts {
  /** Every category the term may mean, once each, in target order. */
  readonly candidates: readonly CategoryId[];
  /**
   * Found through a scenario word or a group's word only (and naming some category): a category named beside it
   * outranks it. Not a group said as a category ("教育类目"), which is held beside the others.
   */
  readonly scenario: boolean;
  /** Found through a category's scenario word only ("直播带货"): what is streamed, not a group's word ("医院", "汽车"). */
  readonly activity: boolean;
  /** The name the document does not open to live streaming, if the term is one. */
  readonly unlisted: string | null;
}

// Keyed by the matcher's own target list, which it hands out with every match of a term: each term's facts are
// worked out once per process instead of once per question.
const factsByTargets = new WeakMap<readonly VocabularyTarget[], TargetFacts>();

export function targetFacts(targets: readonly VocabularyTarget[]): TargetFacts {
  let facts = factsByTargets.get(targets);
  if (!facts) {
    const candidates = [...new Set(targets.flatMap((target) => (target.kind === "category" ? [target.id] : target.kind === "group" ? target.ids : [])))];
    const unlisted = targets.find((target) => target.kind === "unlisted");
    const scenario = targets.every((target) => (target.kind === "category" ? target.scenario === true : !(target.kind === "group" && target.saidAsCategory === true)));
    const activity = candidates.length > 0 && targets.every((target) => target.kind === "category" && target.scenario === true);
    facts = { candidates, scenario: scenario && candidates.length > 0, activity, unlisted: unlisted?.kind === "unlisted" ? unlisted.name : null };
    factsByTargets.set(targets, facts);
  }
  return facts;
}
