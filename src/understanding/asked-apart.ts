import type { CueHit, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { matchable, questionMark, sourceOf } from "./clauses.js";

// A question closed right before the opener (spaces between at most).
const questionMarkBefore = /[??]\s*$/u;

/**
 * Where the message turns to a question of its own: a cue that always says so ("顺便问下", "by the way"), or an opener
 * that says so only right after a question closed by its mark ("电商平台用什么接入?另外社交直播审核多久?", "…? Also,
 * how long…") — "另外" and "还有" elsewhere add to what the program holds.
 */
export function askedApartHits(text: MatchableText, lexicon: Lexicon): CueHit[] {
  const { askedApart, askedApartAfterQuestion, supposedAfterOpener } = lexicon.dialogue;
  const afterQuestion = askedApartAfterQuestion.find(text).filter((hit) => {
    const source = sourceOf(text, hit.script);
    if (!questionMarkBefore.test(source.slice(0, hit.start))) return false;
    // "电商平台能用原生吗?还有社交直播的话呢": what follows supposes one more held, to the same question; "…?另外我们也有社交
    // 直播类目", "…? Also, we hold social live": it says what the asker holds, beside what it asked.
    const rest = source.slice(hit.end);
    const end = rest.search(questionMark);
    const sentence = end === -1 ? rest : rest.slice(0, end);
    const saysOfAsker = lexicon.roles.askerOpeners.startsText(matchable(sentence.replace(/^[\s,,、]+/u, ""), hit.script));
    return !saysOfAsker && !supposedAfterOpener.test(matchable(sentence, hit.script));
  });
  return [...askedApart.find(text), ...afterQuestion].sort((a, b) => a.start - b.start);
}
