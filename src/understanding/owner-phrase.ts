import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, matchable, sourceOf } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";

/**
 * Whether the name at `span` ends what an owner is said to be ("客户是区税务局,他们能直播吗", "客户是银行的小程序"), rather
 * than opening a longer name for someone or something else: "客户是区税务局的一个科长", "客户是银行的理财经理", "our client
 * is a tax bureau contractor" (lexicon ownerPhraseGoesOn; in Chinese 的 followed by anything but the program or a part of
 * the owner that is still it, ownerPartAfter: "客户是银行的支行").
 */
export function endsOwnerPhrase(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  const rest = source.slice(span.end, clause.end).trimStart();
  if (lexicon.dialogue.ownerPhraseGoesOn.startsText(matchable(rest, span.script))) return false;
  if (span.script !== "zh" || !rest.startsWith("的")) return true;
  const afterOf = rest.slice(1).replace(/^[\p{P}\s]+/u, "");
  const after = matchable(afterOf.toLowerCase(), "zh");
  return afterOf === "" || lexicon.dialogue.ownedProgram.startsText(after) || lexicon.dialogue.ownerPartAfter.startsText(after);
}
