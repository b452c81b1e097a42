import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { containsHan } from "../shared/han-script.js";
import { clausePunctuation, liesWithin, matchable, sourceOf } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";
import { scriptOf } from "./named-mentions.js";

/** How far after a word a business noun may stand and still name what the word is: a word or two between at most. */
const businessNounReach = { zh: 2, en: 16 } as const;
/** How far after an opening word of what the asker does the word it does may start. */
const openerReach = { zh: 4, en: 16 } as const;

/**
 * Whether the question describes a business by words the document does not have (`unknownWords`): opened as what
 * the asker is or does ("我们是做密室逃脱的", "卖烟酒可以直播吗"), or such a word named as a business ("P2P平台",
 * "网络借贷平台", "a crypto exchange"). The document then names no category for it.
 * `subjectSpans`: where the question names a subject (an enterprise one: "卖茶叶的个体户"). What the asker says it is
 * ("我们是一家中外合资企业") then names no business, and a business noun inside the subject's words ("公司认证", "a
 * company") names none either.
 */
export function describesUnknownBusiness(text: MatchableText, unknownWords: readonly string[], subjectSpans: readonly MentionSpan[], lexicon: Lexicon): boolean {
  if (unknownWords.length === 0) return false;
  const { businessOpeners, businessOpenersAtStart, businessNouns } = lexicon.dialogue;
  if (subjectSpans.length === 0 && businessOpeners.test(text)) return true;
  // Opening the message, the word for what the asker does is followed by one of those words, a word or two at most
  // between ("卖烟酒…", "卖二手奢侈品的"): not "开直播需要什么条件", where it is followed by the stream.
  const opener = businessOpenersAtStart.find(text).filter((hit) => hit.start === 0).sort((a, b) => b.end - a.end)[0];
  if (opener !== undefined) {
    const rest = sourceOf(text, opener.script).slice(opener.end).trimStart();
    const clauseEnd = rest.search(clausePunctuation);
    const clause = clauseEnd === -1 ? rest : rest.slice(0, clauseEnd);
    const doesWord = (word: string) => {
      const at = clause.indexOf(word);
      return at !== -1 && at <= openerReach[opener.script];
    };
    if (unknownWords.some(doesWord)) return true;
  }
  // A word that is itself a business of a kind the document lacks ("烟酒店", "眼镜店"): it ends with a business noun.
  if (unknownWords.some((word) => businessNouns.endsText(matchable(word, scriptOf(word))))) return true;
  const nouns = businessNouns.find(text).filter((noun) => !liesWithin(noun, subjectSpans));
  if (nouns.length === 0) return false;
  // An English word is looked for in the Chinese reading too: "P2P平台" names it with a Chinese noun.
  const scriptsOf = (word: string): ReadonlyArray<"zh" | "en"> => (containsHan(word) ? ["zh"] : ["en", "zh"]);
  return unknownWords.some((word) =>
    scriptsOf(word).some((script) => {
      const source = sourceOf(text, script);
      for (let at = source.indexOf(word); at !== -1; at = source.indexOf(word, at + 1)) {
        const end = at + word.length;
        const named = nouns.some((noun) => noun.script === script && noun.start >= end && noun.start - end <= businessNounReach[script] && !clausePunctuation.test(source.slice(end, noun.start)));
        if (named) return true;
      }
      return false;
    }),
  );
}
