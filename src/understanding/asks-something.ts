import type { MatchableText } from "../lexicon/cue-set.js";
import type { Aspect } from "../lexicon/lexicon-schema.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { questionMark } from "./clauses.js";

/**
 * Whether a message asks something: an aspect of the document, a question mark, a question word (lexicon ›
 * dialogue.asking) or a question ending ("…吧"). "客户的小程序类目电商平台,我们是政府单位" asks nothing: it describes.
 */
export function asksSomething(text: MatchableText, aspects: readonly Aspect[], lexicon: Lexicon): boolean {
  const { asking, questionEndings } = lexicon.dialogue;
  return aspects.length > 0 || questionMark.test(text.compact) || asking.test(text) || questionEndings.endsText(text);
}
