import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, leadingMarks, matchable, sourceOf } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";

// Module-level: the bundler turns a \p{…} literal into a RegExp constructed on every call.

/**
 * Whether the name at `span` ends what an owner is said to be ("客户是区税务局,他们能直播吗", "客户是银行的小程序"), rather
 * than opening a longer name for someone or something else: "客户是区税务局的一个科长", "客户是银行的理财经理", "our client
 * is a tax bureau contractor" (lexicon ownerPhraseGoesOn; in Chinese 的 followed by anything but the program or a part of
 * the owner that is still it, ownerPartAfter: "客户是银行的支行").
 */
export function endsOwnerPhrase(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  return phraseEndsAt(source.slice(span.end, clause.end).trimStart(), span.script, lexicon, 2);
}

/**
 * Whether what follows a name ends the owner's phrase: nothing of ownerPhraseGoesOn, and after 的 only the program, or a
 * part of the owner that itself ends it ("银行的支行", not "银行的网点旁边的便利店" or "保险公司的分公司的员工").
 */
function phraseEndsAt(rest: string, script: "zh" | "en", lexicon: Lexicon, parts: number): boolean {
  if (lexicon.dialogue.ownerPhraseGoesOn.startsText(matchable(rest, script))) return false;
  if (script !== "zh" || !rest.startsWith("的")) return true;
  const afterOf = rest.slice(1).replace(leadingMarks, "").toLowerCase();
  const after = matchable(afterOf, "zh");
  if (afterOf === "" || lexicon.dialogue.ownedProgram.startsText(after)) return true;
  const part = lexicon.dialogue.ownerPartAfter.find(after).find((hit) => hit.start === 0);
  return part !== undefined && parts > 0 && phraseEndsAt(afterOf.slice(part.end), script, lexicon, parts - 1);
}
