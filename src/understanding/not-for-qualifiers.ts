import type { CueSet, MatchableText } from "../lexicon/cue-set.js";
import { matchable, saidUnnegated, sourceOf } from "./clauses.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { CategoryId, Rules } from "../rules/rules-schema.js";
import type { MentionSpan } from "./mention-roles.js";
import { compactForMatching } from "./normalize-question.js";
import { containsHan } from "../shared/han-script.js";

/** Per category, the words that say the asker is not what it is for (rules › notFor), as each script is matched. */
export interface NotForWords {
  readonly han: ReadonlyMap<CategoryId, readonly string[]>;
  readonly latin: ReadonlyMap<CategoryId, readonly string[]>;
}

export function notForWordsOf(rules: Rules): NotForWords {
  const han = new Map<CategoryId, string[]>();
  const latin = new Map<CategoryId, string[]>();
  for (const category of rules.categories) {
    for (const word of category.notFor) {
      const [target, form] = containsHan(word) ? [han, compactForMatching(word.toLowerCase())] : [latin, word.toLowerCase().trim()];
      target.set(category.id, [...(target.get(category.id) ?? []), form]);
    }
  }
  return { han, latin };
}

// At most this many characters between a not-for word and the name it describes.
const describingGap = 12;
// A possessive (的) with up to three characters after or before it: a description of the same thing, not another name.
const describingHanWords = /^[\u4e00-\u9fff]{1,3}$/u;
// One word: "private general hospital".
const describingLatin = /^ [a-z]+ $/u;

/**
 * The candidates of a name that a word right before it rules out: "私立医院", "民营医院", "private hospital" are no
 * 公立医疗机构, nor is a "non-public hospital". Only the word against the name counts ("公立医院和私立诊所" says 私立 of 诊所).
 */
export function candidatesNotFor(
  candidates: readonly CategoryId[],
  span: MentionSpan,
  text: MatchableText,
  words: NotForWords,
  describing?: { readonly joiners: CueSet; readonly possessive: CueSet; readonly copula: CueSet },
): ReadonlySet<CategoryId> {
  const ruledOut = new Set<CategoryId>();
  const source = span.script === "zh" ? text.compact : text.lower;
  for (const id of candidates) {
    const forCategory = (span.script === "zh" ? words.han : words.latin).get(id);
    if (!forCategory) continue;
    // Right before the name, or running into it: "non-public hospital" and "非公立医院" hold the name "public hospital",
    // "公立医院" themselves.
    const standsBefore = forCategory.some((word) => {
      const from = Math.max(0, span.start - word.length - (span.script === "zh" ? 0 : 1));
      const at = source.slice(from, span.end).indexOf(word);
      if (at !== -1 && from + at < span.start && (span.script === "zh" || !letterOrDigit.test(source[from + at - 1] ?? ""))) return true;
      // Or with a short description between: "民营的综合医院", "私立性质的医院", "民营专科医院", "a private general hospital".
      const reach = source.slice(Math.max(0, span.start - word.length - describingGap), span.start);
      const before = reach.lastIndexOf(word);
      if (before === -1) return false;
      const gap = reach.slice(before + word.length);
      if (describing === undefined) return false;
      if (span.script === "en") return describingLatin.test(gap) && !letterOrDigit.test(reach[before - 1] ?? "") && describing.joiners.find(matchable(gap.trim(), "en")).length === 0;
      // The possessive opens or closes the gap, or there is none ("民营专科医院"); the rest are a few characters and no
      // joiner ("民营的和公立医院": 和 makes 民营 another name's) nor copula ("民营就是医院吗").
      const possessive = describing.possessive.find(matchable(gap, "zh")).find((hit) => hit.start === 0 || hit.end === gap.length);
      const rest = possessive === undefined ? gap : possessive.start === 0 ? gap.slice(possessive.end) : gap.slice(0, possessive.start);
      const restText = matchable(rest, "zh");
      return describingHanWords.test(rest) && [describing.joiners, describing.copula].every((cues) => !cues.test(restText));
    });
    if (standsBefore) ruledOut.add(id);
  }
  return ruledOut;
}

/**
 * The words anywhere in the question that say the asker is not what a category is for ("我们是民营诊所,能选公立医疗机构
 * 类目吗", "那私立的呢"); not one said not to be so ("我们不是私立的", "we are not a private hospital"): `negation` are the
 * words that undo one right before it, `joiners` those that may stand between.
 */
export function notForSaid(ids: readonly CategoryId[], text: MatchableText, words: NotForWords, undoing: { readonly negation: CueSet; readonly joiners: CueSet }): Array<{ readonly id: CategoryId; readonly word: string }> {
  const said: Array<{ id: CategoryId; word: string }> = [];
  for (const id of ids) {
    const han = (words.han.get(id) ?? []).find((word) => saidUnnegated(text.compact, word, "zh", undoing));
    const latin = (words.latin.get(id) ?? []).find((word) => saidUnnegated(text.lower, word, "en", undoing));
    const word = han ?? latin;
    if (word) said.push({ id, word });
  }
  return said;
}

const letterOrDigit = /[a-z0-9]/u;

// How far an asker's word may stand before the word it says of itself ("我们其实是民营的": 其实是).
const askerReach = 8;

/**
 * Whether one of the words said is said of the asker: an asker word (lexicon roles.askerOpeners) a few characters before
 * it, a copula between ("我们其实是民营的", "we are privately run") or an opener of one more thing the asker has
 * (dialogue.anotherProgramOpeners: "我们还有个民营的分院") — not a word inside a question of its own
 * ("直播时能展示患者的私人信息吗").
 */
export function statesNotForOfAsker(text: MatchableText, said: ReadonlyArray<{ readonly word: string }>, lexicon: Lexicon): boolean {
  return lexicon.roles.askerOpeners.find(text).some((asker) => {
    const rest = sourceOf(text, asker.script).slice(asker.end);
    return said.some(({ word }) => {
      const at = rest.indexOf(word);
      if (at < 0 || at > askerReach) return false;
      // "我们其实是民营的", or one more thing the asker has ("我们集团还有个民营体检中心"): said of what the asker runs.
      const before = matchable(rest.slice(0, at), asker.script);
      return lexicon.roles.copula.test(before) || lexicon.dialogue.anotherProgramOpeners.test(before);
    });
  });
}
