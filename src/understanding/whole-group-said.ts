import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { MatchableText } from "../lexicon/cue-set.js";
import type { CategoryMention } from "../rules/rules-engine.js";
import type { Rules } from "../rules/rules-schema.js";
import { matchable, sourceOf } from "./clauses.js";
import { containsHan } from "../shared/han-script.js";

/**
 * "教育类的都能用原生组件,在线视频课程都行": a group's word said of the whole group — a word of all right after it (lexicon
 * dialogue.wholeGroupAfter, wholeGroupGap words between), or in English right before it ("all education categories") —
 * names the group, not a scenario a category named beside it outranks: every category of the group is answered.
 */
export function withGroupsSaidWhole(mentions: readonly CategoryMention[], text: MatchableText, rules: Rules, lexicon: Lexicon): readonly CategoryMention[] {
  if (!mentions.some((mention) => mention.scenario)) return mentions;
  return mentions.map((mention) => (mention.scenario && isWholeGroup(mention, rules) && saidWhole(mention.term, text, lexicon) ? { ...mention, scenario: false } : mention));
}

/** Whether the mention's candidates are every category of one group, of two or more. */
function isWholeGroup(mention: CategoryMention, rules: Rules): boolean {
  const primaries = new Set(rules.categories.filter((category) => mention.candidates.includes(category.id)).map((category) => category.primary));
  if (primaries.size !== 1 || mention.candidates.length < 2) return false;
  const [primary] = primaries;
  return rules.categories.filter((category) => category.primary === primary).length === mention.candidates.length;
}

function saidWhole(term: string, text: MatchableText, lexicon: Lexicon): boolean {
  const script = containsHan(term) ? "zh" : "en";
  const source = sourceOf(text, script);
  const { wholeGroupAfter, wholeGroupBefore, wholeGroupGap } = lexicon.dialogue;
  for (let at = source.indexOf(term); at >= 0; at = source.indexOf(term, at + 1)) {
    if (script === "zh") {
      const after = source.slice(at + term.length, at + term.length + wholeGroupReach);
      const hit = wholeGroupAfter.find(matchable(after, "zh"))[0];
      if (hit !== undefined && wholeGroupGap.fills(after.slice(0, hit.start), "zh")) return true;
    } else if (wholeGroupBefore.endsText(matchable(source.slice(0, at).trimEnd(), "en"))) return true;
  }
  return false;
}

// Longer than any gap words and the word of all ("类目的全都").
const wholeGroupReach = 8;
