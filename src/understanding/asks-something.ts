import type { MatchableText } from "../lexicon/cue-set.js";
import type { Aspect } from "../lexicon/lexicon-schema.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { matchable, questionMark } from "./clauses.js";

/**
 * Whether a message asks something: an aspect of the document, a question mark, a question word (lexicon ›
 * dialogue.asking) or a question ending ("…吧"). "客户的小程序类目电商平台,我们是政府单位" asks nothing: it describes.
 */
export function asksSomething(text: MatchableText, aspects: readonly Aspect[], lexicon: Lexicon): boolean {
  const { asking, questionEndings } = lexicon.dialogue;
  return aspects.length > 0 || questionMark.test(text.compact) || asking.test(text) || questionEndings.endsText(text);
}

// Where a sentence ends: a question mark, a full stop or an exclamation mark.
const sentenceEnding = /[?？.。!！]/u;

/**
 * Whether one clause of a message (`source` one script's form, the clause between `start` and `end`) asks. In Chinese:
 * a question mark closing it, a question word in it (dialogue.asking), or a question or follow-up ending ("…吧",
 * "…呢"). In English, where question words open statements too ("we are in…"), the question mark that ends its
 * sentence: "Can my cousin's app use live-pusher, and ours?" asks in both clauses.
 */
export function clauseAsks(source: string, clause: { readonly start: number; readonly end: number }, script: "zh" | "en", lexicon: Lexicon): boolean {
  if (script === "en") {
    const sentenceEnd = source.slice(clause.end).search(sentenceEnding);
    return sentenceEnd !== -1 && questionMark.test(source[clause.end + sentenceEnd]!);
  }
  const said = matchable(source.slice(clause.start, clause.end), script);
  const { asking, questionEndings, followUpEndings } = lexicon.dialogue;
  return questionMark.test(source.slice(clause.end, clause.end + 1)) || asking.test(said) || questionEndings.endsText(said) || followUpEndings.endsText(said);
}
