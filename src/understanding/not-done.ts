import type { MatchableText } from "../lexicon/cue-set.js";
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
