import type { CueSet, MatchableText } from "../lexicon/cue-set.js";
import { matchable } from "./clauses.js";

/**
 * Whether a word of `words` is followed by a question of `questions` that closes the message, only `fillers` and marks
 * between and after ("直播,行不啊", "出处在哪?"). Read on the Chinese text after each word, so the question words are
 * no cue anywhere else: "直播抽奖可以吗" asks about a draw, not whether to stream.
 */
export function closedByQuestion(words: CueSet, questions: CueSet, fillers: CueSet, text: MatchableText): boolean {
  return words.find(text).some((hit) => {
    if (hit.script !== "zh") return false;
    const rest = text.compact.slice(hit.end).replace(marks, "");
    return questions.find(matchable(rest, "zh")).some((question) => fillers.fills(rest.slice(0, question.start), "zh") && fillers.fills(rest.slice(question.end), "zh"));
  });
}

// Module-level: the bundler turns a \p{…} literal into a RegExp constructed on every call.
const marks = /[\p{P}\p{S}\s]+/gu;
