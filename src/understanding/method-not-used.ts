import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { AccessMethod } from "../rules/rules-schema.js";
import { liesInsideLonger, onlyBetween } from "./clauses.js";

/**
 * "哪些类目不能用原生组件", "哪些不用走插件", "which cannot use live-pusher": the method is asked about as one not used —
 * a negation right before its word, gap words at most between (lexicon › dialogue.notMethod, notMethodGap). Not in a
 * question form ("能不能用原生"), which negates nothing, nor two negations undoing each other ("不能不用插件").
 */
export function asksMethodNotUsed(text: MatchableText, method: AccessMethod, lexicon: Lexicon): boolean {
  const { dialogue } = lexicon;
  const questionForms = dialogue.notMethodQuestionForms.find(text);
  // "不能不用插件", "cannot do without the plugin": negations that undo each other ask which must use it.
  const undone = dialogue.doubleNegation.find(text);
  const negations = dialogue.notMethod.find(text).filter((hit) => !liesInsideLonger(hit, questionForms) && !undone.some((double) => double.script === hit.script && double.start < hit.end && hit.start < double.end));
  return lexicon.methods[method]
    .find(text)
    .some((hit) => negations.some((negation) => onlyBetween(dialogue.notMethodGap, negation, hit, text)));
}
