import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { sourceOf } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";

/** Whether a word of the thing on its own (lexicon dialogue.itselfAlone) stands right after a name, a word for categories at most between. */
export function itselfAloneAfter(text: MatchableText, spans: readonly MentionSpan[], lexicon: Lexicon): boolean {
  return lexicon.dialogue.itselfAlone.find(text).some((hit) => {
    const source = sourceOf(text, hit.script);
    return spans.some((span) => span.script === hit.script && span.end <= hit.start && lexicon.dialogue.categoryWords.fills(source.slice(span.end, hit.start), hit.script, [lexicon.roles.possessive]));
  });
}
