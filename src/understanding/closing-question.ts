import type { CueHit, CueSet, MatchableText } from "../lexicon/cue-set.js";
import { matchable } from "./clauses.js";

/**
 * Whether a word of `words` is followed by a question of `questions` (or is one itself, `questions` null) that closes
 * the message: only `fillers`, marks and more such questions between and after ("直播,行不啊", "出处在哪 发我看看").
 * `opensWith` judges what the word's clause says before it ("咱也想在小程序上" before 直播, not "取消"; "这个说法的"
 * before 根据, not "收费标准的"). Read on the Chinese text around each word, so the question words are no cue anywhere
 * else: "直播抽奖可以吗" asks about a draw, not whether to stream.
 */
export function closedByQuestion(words: CueSet, questions: CueSet | null, fillers: CueSet, text: MatchableText, opensWith: (before: MatchableText, word: CueHit) => boolean): boolean {
  return words.find(text).some((hit) => {
    if (hit.script !== "zh") return false;
    const rest = text.compact.slice(hit.end).replace(marks, "");
    const closes = questions === null ? fillers.fills(rest, "zh") : questions.find(matchable(rest, "zh")).some((question) => fillers.fills(rest.slice(0, question.start), "zh") && fillers.fills(rest.slice(question.end), "zh", [questions]));
    return closes && opensWith(matchable(clauseBefore(text.compact, hit.start), "zh"), hit);
  });
}

/** What the clause says before `at`: back to the last mark. */
function clauseBefore(compact: string, at: number): string {
  let start = at;
  while (start > 0 && !mark.test(compact[start - 1]!)) start -= 1;
  return compact.slice(start, at);
}

// Module-level: the bundler turns a \p{…} literal into a RegExp constructed on every call.
const marks = /[\p{P}\p{S}\s]+/gu;
const mark = /[\p{P}\p{S}\s]/u;
