import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { matchable, onlyBetween, sourceOf } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";
import type { RoledMention } from "./question-frame.js";
import { countsAsAsked } from "./counts-as-asked.js";

// "medical-related", "医疗 相关": spaces and hyphens join the group's word to the word of relation.
const leadingJoin = /^[\s-]+/u;

/**
 * Whether a group of categories is named as a note names one ("需补充医疗相关类目"): a word of several categories with a
 * word of relation right after it (lexicon dialogue.noteGroupAfter: "医疗相关类目是指哪些", "that medical-related
 * category") or a word of adding before it, only gap words between (noteGroupBefore, neededCategoryGap: "具体要补哪个
 * 医疗类目"), and asked which of its categories or what it means (dialogue.whichOnes, noteCountsAs). The document's notes
 * name such a group without saying which of its categories; the answer says so.
 */
export function namesNoteGroup(mentions: readonly RoledMention[], spans: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon): boolean {
  const { noteGroupAfter, noteGroupBefore, neededCategoryGap, whichOnes } = lexicon.dialogue;
  // Only asked which of its categories, or what it means ("想补个医疗类目,用什么接入" asks the method of the group).
  if (!whichOnes.test(text) && !countsAsAsked(text, lexicon)) return false;
  return mentions.some((mention, index) => {
    const span = spans[index];
    if (span === undefined || mention.candidates.length < 2) return false;
    const after = sourceOf(text, span.script).slice(span.end).replace(leadingJoin, "");
    if (noteGroupAfter.startsText(matchable(after, span.script))) return true;
    return noteGroupBefore.find(text).some((hit) => hit.script === span.script && hit.end <= span.start && onlyBetween(neededCategoryGap, hit, span, text));
  });
}
