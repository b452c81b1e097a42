import type { CueSet, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { CategoryId, Rules } from "../rules/rules-schema.js";
import { mapList } from "../shared/map-list.js";
import { setOfAll } from "../shared/set-of-all.js";
import { withCategoryChanges } from "./category-change.js";
import { withOwnersSetAside } from "./owner-mentions.js";
import { clauseAround, matchable, saidUnnegated, sourceOf } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";
import type { NamedMentions } from "./named-mentions.js";
import { compactForMatching } from "./normalize-question.js";
import { platformOrSingle } from "./platform-or-single.js";
import { askedRoles } from "./asked-roles.js";
import { candidatesNotFor, type NotForWords } from "./not-for-qualifiers.js";
import type { RoledMention } from "./question-frame.js";
import { none } from "../shared/none.js";
import { containsHan } from "../shared/han-script.js";

const noCategories: ReadonlySet<CategoryId> = new Set();

/** What the rules say of categories that narrows what a name names. */
export interface NarrowingRules {
  readonly rules: Rules;
  readonly notForWords: NotForWords;
  /** Every category's scope facts (rules › scopeFacts) as the matcher reports their terms. */
  readonly scopeFacts: ReadonlySet<string>;
  /** Per category, where its note sends an asker who only does one thing (rules › onlyDoing), words as matched. */
  readonly onlyDoing: ReadonlyMap<CategoryId, { readonly han: readonly string[]; readonly latin: readonly string[]; readonly category: CategoryId }>;
}

/** The rules' onlyDoing entries, each word in the form its script is matched in. */
export function onlyDoingOf(rules: Rules): NarrowingRules["onlyDoing"] {
  const onlyDoing = new Map<CategoryId, { han: string[]; latin: string[]; category: CategoryId }>();
  for (const category of rules.categories) {
    if (!category.onlyDoing) continue;
    const han = category.onlyDoing.words.filter((word) => containsHan(word)).map((word) => compactForMatching(word));
    const latin = category.onlyDoing.words.filter((word) => !containsHan(word)).map((word) => word.toLowerCase().trim());
    onlyDoing.set(category.id, { han, latin, category: category.onlyDoing.category });
  }
  return onlyDoing;
}

/** The mentions once what the question says around them has narrowed them down. */
export interface NarrowedMentions {
  /** One per name, at the same index as the names: candidates narrowed, roles settled. */
  readonly consistent: RoledMention[];
  /** Some name is said to be all the asker holds ("不,我们只有电商平台") or does ("只做投资咨询"). */
  readonly holdsOnly: boolean;
  /** Categories a word before a broad name said the asker is not ("私立医院": 公立医疗机构). */
  readonly notFor: readonly CategoryId[];
  /** Categories a broad name was narrowed to by such a word, and not named outright. */
  readonly readAsNarrowed: readonly CategoryId[];
}

/**
 * Narrows each name to the categories the question leaves it: ruled out by another name, not for what the asker says
 * it is, a scope fact denied, a platform hosting others, one name held alone, a claim the rules agree with, a change
 * of category.
 */
/** Categories a negation denies by a part of their names (denied-name-parts.ts), and whether a category's section uses a word. */
export interface DeniedByPart {
  readonly ids: ReadonlySet<CategoryId>;
  readonly sectionSays: (id: CategoryId, word: string) => boolean;
}

const noneDenied: DeniedByPart = { ids: noCategories, sectionSays: () => false };

export function narrowMentions(named: NamedMentions, text: MatchableText, lexicon: Lexicon, narrowing: NarrowingRules, deniedParts: DeniedByPart = noneDenied): NarrowedMentions {
  const deniedByPart = deniedParts.ids;
  const { mentions: inContext, allSpans, inCompact, matches, spanOf } = named;
  // "民营医院,不是公立的": a category ruled out narrows the broad words that include it.
  const ruledOut = setOfAll(inContext, (mention) => ((mention.role === "negated" || mention.role === "excluded") && mention.candidates.length === 1 ? mention.candidates : none));
  // "私立医院": a word right before a broad name that a category is not for takes it out; when that leaves nothing
  // the document lists ("民营医院,没有互联网医院"), the name names no category.
  const notForIds = new Set<CategoryId>();
  // "我们是补习班,纯线上,没有线下教室": a category one of whose scope facts the asker denies does not fit what it is,
  // whatever other name of it was said: it is not held, and its scope says why.
  const deniedBy = new Map<CategoryId, string>();
  for (const mention of inContext) {
    if (mention.role === "negated" && mention.candidates.length === 1 && narrowing.scopeFacts.has(mention.term)) deniedBy.set(mention.candidates[0]!, mention.term);
  }
  // What a broad name was narrowed to by a word the asker said ("私立医院" → 互联网医院): read as, not named.
  const narrowedTo = new Set<CategoryId>();
  const narrowedMentions = new Set<number>();
  // Of the asker's own (or asked) names only: a customer's 私立医院 brings no scope line, and a name said not held
  // ("并非公立") keeps its category, which is what is not held.
  const ownAt = (index: number) => inContext[index]!.role === "held" || askedRoles.has(inContext[index]!.role);
  const notForAt = inContext.map((mention, index) => (ownAt(index) ? candidatesNotFor(mention.candidates, allSpans[index]!, text, narrowing.notForWords, lexicon.roles) : noCategories));
  // "私立医院,想做健康讲座直播": what the asker is not, said of one of its names, is not what its other broad names or
  // activities name either (健康讲座 is 公立医疗机构's scenario as well as 互联网医院's).
  const notForAsker = setOfAll(notForAt, (ids) => [...ids]);
  const narrowed = platformOrSingle(
    mapList(inContext, (mention, index) => {
      const own = ownAt(index);
      // The asker's own or a client's alike ("my client runs online-only tutoring with no offline classrooms").
      const denied = (own || mention.role === "other-party") && mention.candidates.length === 1 && deniedBy.has(mention.candidates[0]!) && deniedBy.get(mention.candidates[0]!) !== mention.term;
      // "我们不是平台,就自己一个品牌卖货": a scenario word (卖货) of a category the asker denied being by a part of its name.
      // Not one the category's own section uses ("我们不属于营销,只做线上带看": 房地产营销's scenario is 在线音视频带看).
      const deniedScenario = own && mention.scenario && mention.candidates.length > 0 && mention.candidates.every((id) => deniedByPart.has(id) && !deniedParts.sectionSays(id, mention.term));
      const broad = mention.candidates.length > 1 || mention.scenario;
      const notFor =
        denied || deniedScenario ? new Set(mention.candidates) : own && broad && notForAsker.size > 0 ? new Set(mention.candidates.filter((id) => notForAsker.has(id))) : notForAt[index]!;
      notFor.forEach((id) => notForIds.add(id));
      const left = mention.candidates.length > 1 ? mention.candidates.filter((id) => !ruledOut.has(id) && !notFor.has(id)) : mention.candidates.filter((id) => !notFor.has(id));
      // "我们是驾校,不是平台": a part of a candidate's name said not to be what the asker is (denied-name-parts.ts), while
      // another candidate is left.
      const undenied = left.length > 1 ? left.filter((id) => !deniedByPart.has(id)) : left;
      const kept = undenied.length > 0 ? undenied : left;
      // Read as narrowed, as a not-for word narrows: the answer says what is left holds only if the program holds it.
      if (own && kept.length < left.length) {
        kept.forEach((id) => narrowedTo.add(id));
        narrowedMentions.add(index);
      }
      // "只做期货投资在线咨询": where the category's note sends an asker who only does that, it is that category.
      const sentOn = own ? sentOnByOnlyDoing(kept, allSpans[index]!, text, lexicon, narrowing.onlyDoing) : null;
      const candidates = sentOn ? sentOn.candidates : kept;
      if (sentOn) {
        sentOn.candidates.forEach((id) => narrowedTo.add(id));
        narrowedMentions.add(index);
      }
      if (notFor.size > 0) {
        candidates.forEach((id) => narrowedTo.add(id));
        narrowedMentions.add(index);
      }
      // "医院不是公立的,也没有互联网医院": the asker's own name with every category ruled out names none of them.
      if ((!sentOn && candidates.length === mention.candidates.length) || (candidates.length === 0 && notFor.size === 0 && !own)) return mention;
      return { ...mention, candidates };
    }),
    text,
    lexicon,
    narrowing.rules,
  );
  // "不,我们只有电商平台": what is said to be all that is held leaves the other mentions out — not what is not all
  // ("不只有电商平台") or was all only once ("之前只有电商平台,今天拿到了社交直播").
  // Nor one asked whether it is the only one ("教育这一块,只有在线视频课程才能走原生吗": set aside, mention-roles.ts).
  const exclusive = matches.filter((match, index) => inContext[index]!.role !== "excluded" && standsAfter(lexicon.roles.exclusiveHolding, spanOf(match), text, lexicon));
  // "如果只做投资咨询呢": all the program does; the other names stay.
  // Not through a scenario word ("如果只做直播带货呢" keeps the categories held): what is done, not what the program is.
  const doesOnly = matches.some((match, index) => !inContext[index]!.scenario && standsAfter(lexicon.roles.exclusiveActivity, spanOf(match), text, lexicon));
  const exclusiveTerms = new Set(exclusive.map((match) => match.term));
  const exclusiveBounded = exclusive.length === 0 ? narrowed : mapList(narrowed, (mention) => (exclusiveTerms.has(mention.term) || mention.role !== "held" ? mention : { ...mention, role: "excluded" as const }));
  // "我们是开美容院的,有线下门店": a scope fact (rules › scopeFacts) names its category only when the asker names no
  // business of its own the document does not list: the shop is what the asker is, and its store no classroom.
  const ownUnlisted = exclusiveBounded.some((mention) => mention.role === "held" && mention.unlisted !== null);
  const bounded = ownUnlisted
    ? mapList(exclusiveBounded, (mention) => (mention.role === "held" && mention.unlisted === null && narrowing.scopeFacts.has(mention.term) ? { ...mention, role: "named-thing" as const } : mention))
    : exclusiveBounded;
  // "课外辅导属于培训机构": a claim the rules agree with (the same category) is no claim.
  const heldIds = setOfAll(bounded, (mention) => (mention.role === "held" ? mention.candidates : none));
  const agreed = mapList(bounded, (mention) =>
    mention.role === "claimed" && mention.candidates.some((id) => heldIds.has(id)) ? { ...mention, role: "held" as const } : mention,
  );
  // "去年是在线视频课程,今年换成了课外辅导": the category changed from is gone, the new one held, supposed or to come.
  const changed = withCategoryChanges(agreed, inCompact.slice(0, matches.length), text, lexicon);
  const consistent = withOwnersSetAside(changed, allSpans.slice(0, matches.length), text, lexicon);
  return {
    consistent,
    holdsOnly: exclusive.length > 0 || doesOnly,
    notFor: [...notForIds],
    // Only what no other mention names outright ("民营医院,有互联网医院类目" names it).
    readAsNarrowed: [...narrowedTo].filter((id) => !inContext.some((mention, index) => !narrowedMentions.has(index) && mention.role === "held" && mention.candidates.length === 1 && mention.candidates[0] === id)),
  };
}

/**
 * The candidates once those whose note sends an asker who only does one thing (rules › onlyDoing) are replaced by where
 * it sends: the clause of the name says the asker only does (lexicon exclusiveActivity) that thing
 * (the entry's words, from the exclusive word on and not negated). Null when none is.
 */
function sentOnByOnlyDoing(candidates: readonly CategoryId[], span: MentionSpan, text: MatchableText, lexicon: Lexicon, onlyDoing: NarrowingRules["onlyDoing"]): { candidates: CategoryId[] } | null {
  if (!candidates.some((id) => onlyDoing.has(id))) return null;
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  const { exclusiveActivity, negation, joiners } = lexicon.roles;
  // A word of only doing ("只做", "only offer"), not of only having ("我们券商只有一个问题想咨询一下").
  const exclusive = exclusiveActivity.find(text).filter((hit) => hit.script === span.script && hit.start >= clause.start && hit.end <= clause.end);
  if (exclusive.length === 0) return null;
  // From the exclusive word itself: "only advise" is itself the doing.
  const from = Math.min(...exclusive.map((hit) => hit.start));
  const said = (word: string) => saidUnnegated(source, word, span.script, { negation, joiners }, { from, to: clause.end, since: clause.start });
  let sent = false;
  const replaced = candidates.map((id) => {
    const entry = onlyDoing.get(id);
    if (!entry || !(span.script === "zh" ? entry.han : entry.latin).some(said)) return id;
    sent = true;
    return entry.category;
  });
  return sent ? { candidates: [...new Set(replaced)] } : null;
}

/**
 * Whether the span stands right after one of `cues` in its clause, only joiners and words of the way it is done
 * ("只做纯线上网课") between, and the cue is not undone before it ("不只有电商平台").
 */
function standsAfter(cues: CueSet, span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  return cues.find(text).some((hit) => {
    if (hit.script !== span.script || hit.end > span.start || !lexicon.roles.joiners.fills(source.slice(hit.end, span.start), span.script, [lexicon.roles.exclusiveModifiers])) return false;
    const before = source.slice(0, hit.start);
    // In the same clause: "不,我们只有电商平台" answers no, and then says all it holds.
    const undoes = (gap: string) => !/\p{P}/u.test(gap) && lexicon.roles.clauseOpeners.fills(gap, span.script);
    return !lexicon.roles.notOnlyBefore.find(matchable(before, span.script)).some((undone) => undoes(before.slice(undone.end)));
  });
}
