import type { MatchableText } from "../lexicon/cue-set.js";
import { containsHan } from "../shared/han-script.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { NamedMentions } from "./named-mentions.js";
import type { RoledMention } from "./question-frame.js";

/**
 * Of the negated mentions, those said of something the asker does not do: no word for categories right after the name
 * ("我们没有时政内容", "不碰时政"; not "没有时政信息类目", which says a category is lacking). Mentions and matches are in step.
 */
export function notDoneTerms(mentions: readonly RoledMention[], matches: NamedMentions["matches"], spanOf: NamedMentions["spanOf"], text: MatchableText, lexicon: Lexicon): string[] {
  if (mentions.length !== matches.length) return [];
  const categoryWords = lexicon.dialogue.categoryWords.find(text);
  return mentions.flatMap((mention, index) => {
    if (mention.role !== "negated") return [];
    const span = spanOf(matches[index]!);
    const categoryNext = categoryWords.some((word) => word.script === span.script && word.start >= span.end && word.start - span.end <= 1);
    return categoryNext ? [] : [mention.term];
  });
}

/**
 * Of the question's Chinese topic words, those a negation stands right before, only words of the way it is done between
 * ("不涉及线上交易": 交易; lexicon roles.negation, exclusiveModifiers): what the asker says it does not do.
 */
export function wordsNotDone(text: MatchableText, topicWords: readonly string[], lexicon: Lexicon): string[] {
  const negations = lexicon.roles.negation.find(text).filter((hit) => hit.script === "zh");
  if (negations.length === 0) return [];
  const { compact } = text;
  return topicWords.filter((word) => {
    if (!containsHan(word)) return false;
    for (let at = compact.indexOf(word); at !== -1; at = compact.indexOf(word, at + 1)) {
      if (negations.some((hit) => hit.end <= at && lexicon.roles.exclusiveModifiers.fills(compact.slice(hit.end, at), "zh"))) return true;
    }
    return false;
  });
}
