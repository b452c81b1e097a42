import type { CueHit, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, matchable, sourceOf } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";

// How far into its clause after the opener the word for a program may stand ("还有个互联网医院的小程序").
const programNounReach = 16;

/**
 * "我们还有个互联网医院的小程序", "我们集团还有个信托的": an opener of one more thing (lexicon dialogue
 * anotherProgramOpeners), a name (`mentions`) right after it, whose clause goes on to a word for a program, or ends on 的
 * standing for one — another mini program of the asker's, not a category added to the one talked about ("我们还有个社交
 * 直播类目"), nor one more question ("还有一个问题我们的小程序…").
 */
export function anotherProgramOpened(text: MatchableText, mentions: readonly MentionSpan[], lexicon: Lexicon): CueHit[] {
  const openers = lexicon.dialogue.anotherProgramOpeners.find(text);
  if (openers.length === 0) return [];
  const nouns = lexicon.dialogue.programNouns.find(text);
  return openers.filter((hit) => {
    if (!mentions.some((span) => span.script === hit.script && span.start === hit.end)) return false;
    const source = sourceOf(text, hit.script);
    const clause = clauseAround(source, hit, lexicon.roles.clauseBreaks, text);
    const noun = nouns.some((found) => found.script === hit.script && found.start >= hit.end && found.end <= clause.end && found.start - hit.end <= programNounReach);
    return noun || (hit.script === "zh" && lexicon.roles.possessive.endsText(matchable(source.slice(hit.end, clause.end).trimEnd(), "zh")));
  });
}
