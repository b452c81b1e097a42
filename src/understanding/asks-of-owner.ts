import type { CueHit, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, sourceOf } from "./clauses.js";
import { thirdPartyPointerHits } from "./third-party-pointers.js";

/**
 * Whether the clause that ends the question names a program's owner ("客户", "their client") or points at them ("他们"),
 * after the last word the asker says of itself ("我们", "we"): "我们是信托,客户是驾校平台,他们能直播吗" asks of the
 * client's program. `askers` are the asker's words (lexicon roles.askerOpeners), when the caller has them. With
 * `wholeClause`, no word of the asker's may stand anywhere in that clause: "我们的电商平台能借他们的用原生组件吗" asks of
 * the asker's program, whatever it borrows from them.
 */
export function asksOfProgramOwner(text: MatchableText, lexicon: Lexicon, askers: readonly CueHit[] = lexicon.roles.askerOpeners.find(text), wholeClause = false): boolean {
  const owners = [...lexicon.dialogue.programOwners.find(text), ...thirdPartyPointerHits(text, lexicon)];
  return (["zh", "en"] as const).some((script) => {
    const source = sourceOf(text, script).trimEnd();
    if (source.length === 0) return false;
    const lastOwner = owners.filter((hit) => hit.script === script).reduce<{ start: number; end: number } | null>((last, hit) => (last === null || hit.start > last.start ? hit : last), null);
    if (lastOwner === null) return false;
    const lastClause = clauseAround(sourceOf(text, script), { script, start: source.length - 1, end: source.length }, lexicon.roles.clauseBreaks, text);
    const from = wholeClause ? lastClause.start : lastOwner.start;
    return lastOwner.start >= lastClause.start && !askers.some((hit) => hit.script === script && hit.end > from);
  });
}
