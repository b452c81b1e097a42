import type { CueHit, MatchableText } from "../lexicon/cue-set.js";
import type { Aspect } from "../lexicon/lexicon-schema.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { primaryOf, type CategoryMention } from "../rules/rules-engine.js";
import type { CategoryId, Rules } from "../rules/rules-schema.js";
import { setOfAll } from "../shared/set-of-all.js";
import { clauseAround, matchable, sourceOf } from "./clauses.js";
import { comparedRightAfter } from "./mention-roles.js";
import { withNamesJoined } from "./joined-names.js";
import type { NamedMentions } from "./named-mentions.js";
import { askedRoles } from "./asked-roles.js";
import { askedOfOthers } from "./others-mentions.js";
import { asksOfProgramOwner } from "./asks-of-owner.js";
import type { QuestionFrame, RoledMention } from "./question-frame.js";
import { namedAsCategory, statedAsCategory } from "./stated-category.js";
import { none } from "../shared/none.js";


/** The categories and unlisted names a question is about, and how. */
export interface AskedFacts {
  readonly mentions: readonly CategoryMention[];
  readonly unlisted: readonly string[];
  readonly askedOnly: QuestionFrame["askedOnly"];
  /** A name is added to those held ("还有社交直播", "社交直播刚审核通过"). */
  readonly additive: boolean;
  /** The facts are another party's, asked about ("客户是城商行,他们能用原生直播吗"). */
  readonly ofOthers: boolean;
  /** The asker's own categories, said beside the party's the question asks about: what "那我们呢" goes back to. */
  readonly askersOwn: readonly CategoryId[];
  /** A category is measured against ("跟刚才大学那个比…") with no word of comparing asked: the two are weighed. */
  readonly measured: boolean;
}

/**
 * Which of the narrowed mentions the question is about: those the asker holds (and any supposed on top of them), or,
 * holding none, those asked about, compared against, or another party's.
 */
export function askedFacts(
  named: NamedMentions,
  consistent: readonly RoledMention[],
  askedAspects: readonly Aspect[],
  text: MatchableText,
  lexicon: Lexicon,
  rules: Rules,
): AskedFacts {
  const { matches, spanOf, inCompact, matchSpans } = named;
  // "之前是电商平台+社交直播,现在社交直播没了": a name said later to be lost is not held, whatever was said first. Only
  // a loss (a passive status right after it: "银行还没开通直播" negates nothing the asker holds) or a category still
  // to come ("听说电商平台加社交直播能用原生,但我们社交直播还在排队审核"), and only the same name: "是保险中介,不是保险
  // 公司" holds 保险 through its other word.
  // "电商平台和社交-直播都有,要是不要社交-直播了呢": one supposed gone after it was said held is what is asked of.
  const supposals = lexicon.roles.hypothetical.find(text);
  const supposedGone = (at: number) => {
    const span = inCompact[at];
    return span !== undefined && supposals.some((hit) => hit.script === span.script && hit.end <= span.start);
  };
  const laterNotHeld = (index: number) =>
    consistent.some(
      (later, at) =>
        at > index &&
        later.term === consistent[index]!.term &&
        // A refusal once ("社交直播以前被驳回过") says nothing of now.
        ((later.role === "pending" && (later.cue === null || !lexicon.roles.refusedOnceAfter.has(later.cue))) ||
          (later.role === "negated" && later.cue !== null && (lexicon.roles.passiveAfter.has(later.cue) || supposedGone(at)))),
    );
  // "我们驾校做在线付费培训,类目是驾校培训": the category the asker names as its own settles a vague word.
  const statedIds = new Set(
    consistent.length < 2 || !lexicon.roles.categoryIs.test(text)
      ? []
      : consistent.flatMap((mention, index) => (mention.role === "held" && mention.candidates.length === 1 && statedAsCategory(inCompact[index]!, text, lexicon) ? mention.candidates : [])),
  );
  // Only a vague word of the same field, not named as a category itself ("另外一个类目是基金", "也有在线教育平台类目").
  const statedFields = new Set([...statedIds].map((id) => primaryOf(rules, id)));
  const settled = (mention: RoledMention, index: number) =>
    statedIds.size === 0 ||
    mention.candidates.length < 2 ||
    mention.candidates.some((id) => statedIds.has(id)) ||
    !mention.candidates.every((id) => statedFields.has(primaryOf(rules, id))) ||
    namedAsCategory(inCompact[index]!, text, lexicon);
  // "哪些类目要用插件?我猜是电商平台": a guess at what a list holds is no category held — the list answers it.
  const guesses = askedAspects.includes("list") ? lexicon.roles.guessBefore.find(text) : [];
  const guessed = (index: number) => {
    const span = matchSpans[index];
    return span !== undefined && guesses.some((hit) => hit.script === span.script && hit.end <= span.start && lexicon.roles.statusOpeners.fills(sourceOf(text, span.script).slice(hit.end, span.start), span.script));
  };
  const held = consistent.filter((mention, index) => mention.role === "held" && settled(mention, index) && !(mention.candidates.length === 1 && laterNotHeld(index)) && !guessed(index));
  // A vague word held (a scenario, or a word of several categories) does not shut out a category supposed beside it
  // ("要是一家驾校做在线培训呢": the driving school is asked about, and its name decides what the training is).
  const supposesCategory = consistent.some((mention) => mention.role === "hypothetical" && mention.candidates.length === 1 && !mention.scenario);
  const vague = (mention: RoledMention) => mention.scenario || mention.candidates.length > 1;
  const heldNamesCategory = held.some((mention) => (mention.candidates.length > 0 && !(supposesCategory && vague(mention))) || mention.unlisted !== null);
  // "还有社交直播" adds it, "社交直播也有" too; "社交直播还有什么要求" asks about it.
  const asksAfter = (hit: CueHit) => hit.script === "zh" && lexicon.dialogue.asksStatus.startsText(matchable(text.compact.slice(hit.end), "zh"));
  const additive =
    lexicon.dialogue.additive.find(text).some((hit) => matches.some((match) => spanOf(match).script === hit.script && match.start >= hit.end)) ||
    // "社交直播刚审核通过" adds it; "社交直播批下来了吗" only asks.
    lexicon.dialogue.additiveAfter.find(text).some((hit) => matches.some((match) => spanOf(match).script === hit.script && match.end <= hit.start) && !asksAfter(hit));
  // "如果我们有社交直播…", "社交直播还在申请中": asked about, unless the asker holds something else. "电商平台,
  // 如果再加上社交直播": one supposed on top of those held is weighed together with them; one only applied for
  // ("下个月再申请社交直播,这个月用什么") is not held yet.
  // So is one still to come that the question asks about for the time it is held ("社交直播下个月申请,到时候能用原生
  // 吗": supposed, its cue the pending one).
  const supposedOnTop = consistent.filter((mention) => mention.role === "hypothetical" && (additive || (mention.cue !== null && lexicon.roles.pending.has(mention.cue))));
  // "跟在线视频课程比有什么区别": asked how they differ, the category compared against is one of those weighed (the
  // tracker weighs it against the topic's), when the question holds nothing of its own.
  // So is one measured against ("跟刚才大学那个比,资质分别是几选一"), whatever is asked of the two.
  const measuredAgainst = (mention: RoledMention) => {
    const span = matchSpans[consistent.indexOf(mention)];
    if (span === undefined) return false;
    const source = sourceOf(text, span.script);
    return comparedRightAfter(source, span, clauseAround(source, span, lexicon.roles.clauseBreaks, text).end, lexicon.roles.comparedAgainst, lexicon);
  };
  // So is one asked whether it is the same ("跟公募一样吗" after 私募基金's scenario).
  const asksCompared = askedAspects.includes("compare") || lexicon.dialogue.sameAsked.test(text);
  const comparedWith = heldNamesCategory
    ? []
    : consistent.filter(
        (mention) =>
          mention.role === "named-thing" && mention.candidates.length > 0 && mention.cue !== null && lexicon.roles.comparedBefore.has(mention.cue) && (asksCompared || measuredAgainst(mention)),
      );
  // "我们自己开的网店算不算电商平台类目": whether the asker counts as the category is asked of it, when nothing is held —
  // not whether some activity does ("帮企业查失信记录算不算征信": the document's words, quoted).
  const classedAs = heldNamesCategory || !lexicon.roles.askerOpeners.test(text) ? [] : consistent.filter((mention) => mention.role === "questioned" && mention.candidates.length > 0);
  const ownFacts = heldNamesCategory ? [...held, ...supposedOnTop] : [...held, ...consistent.filter((mention) => askedRoles.has(mention.role)), ...comparedWith, ...classedAs];
  // "客户是城商行,他们能用原生直播吗": with nothing of the asker's own, another party's categories may be asked about.
  // What is streamed says no category of the asker's ("客户是一家公立医院,想做问诊直播,用啥"): it stays beside the
  // party's category, which outranks it as a category named outright does — when it could be streamed under that
  // category. A scenario of another ("客户是家银行,但是他们想做明星直播") is what the category must fit: it decides, as before.
  const ownNamed = ownFacts.some((mention) => (mention.candidates.length > 0 && !mention.scenario) || mention.unlisted !== null);
  const partyNamed = askedOfOthers(consistent, matchSpans, askedAspects, text, lexicon);
  // "第二个客户是驾校,提供在线付费培训": a clause after the party's that brings in no word of the asker's goes on
  // describing the party — what it names is the party's too, not the asker's own.
  const describesParty = ownNamed && partyNamed.length > 0 && ownFacts.every((mention) => mention.role === "held" && continuesParty(consistent.indexOf(mention)));
  function continuesParty(index: number): boolean {
    const span = matchSpans[index];
    const party = matchSpans[consistent.indexOf(partyNamed[0]!)];
    if (span === undefined || party === undefined || span.script !== party.script || span.start < party.end) return false;
    return !lexicon.roles.askerOpeners.find(text).some((hit) => hit.script === span.script && hit.start >= party.end && hit.end <= span.start);
  }
  // "我们是信托,客户是驾校平台,他们能直播吗": the clause that asks is of the party, after all the asker says of itself —
  // the party's categories are asked, and the asker's own wait for "那我们呢".
  const asksOfParty = ownNamed && !describesParty && partyNamed.length > 0 && asksOfProgramOwner(text, lexicon, undefined, true);
  // "我们银行想直播,还有个子公司做驾校培训的也想直播,都用啥": asked of each, the party's categories are asked beside the
  // asker's own.
  const asksOfEach = ownNamed && !describesParty && !asksOfParty && partyNamed.length > 0 && lexicon.dialogue.eachPointers.test(text);
  const partyAsked = ownNamed && !describesParty && !asksOfParty && !asksOfEach ? [] : partyNamed;
  const partyIds = new Set(partyAsked.flatMap((mention) => mention.candidates));
  const streamedUnderIt = describesParty || asksOfParty || asksOfEach || ownFacts.every((mention) => mention.candidates.some((id) => partyIds.has(id)));
  const othersAsked = streamedUnderIt ? partyAsked : [];
  const facts = asksOfParty ? othersAsked : othersAsked.length > 0 ? [...othersAsked, ...ownFacts] : ownFacts;
  const mentions: CategoryMention[] = withNamesJoined(withoutQualifiersOfOthers(facts.filter((mention) => mention.candidates.length > 0), lexicon, rules), rules).map(({ term, candidates, scenario }) => ({
    term,
    candidates,
    scenario,
  }));
  return {
    mentions,
    unlisted: [...setOfAll(facts, (mention) => (mention.unlisted ? [mention.unlisted] : none))],
    askedOnly:
      heldNamesCategory || othersAsked.length > 0 || mentions.length === 0 || facts.every((mention) => comparedWith.includes(mention) || classedAs.includes(mention))
        ? null
        : facts.some((mention) => mention.role === "hypothetical")
          ? "hypothetical"
          : "pending",
    additive,
    ofOthers: othersAsked.length > 0,
    askersOwn: asksOfParty ? [...new Set(ownFacts.filter((mention) => mention.candidates.length === 1 && !mention.scenario).map((mention) => mention.candidates[0]!))] : none,
    measured: comparedWith.length > 0 && !askedAspects.includes("compare"),
  };
}

/**
 * "我们是学校,公立的": a word qualifying another category named beside it (公立 of a school) names no category of its
 * own when what it names is in another field; in the same field ("医院,公立的") it stays and narrows.
 */
function withoutQualifiersOfOthers(mentions: RoledMention[], lexicon: Lexicon, rules: Rules): RoledMention[] {
  const { topicQualifiers } = lexicon.dialogue;
  const qualifiers = mentions.filter((mention) => topicQualifiers.has(mention.term));
  if (qualifiers.length === 0 || qualifiers.length === mentions.length) return mentions;
  const fieldOf = (id: CategoryId) => primaryOf(rules, id);
  const otherFields = new Set(mentions.filter((mention) => !qualifiers.includes(mention)).flatMap((mention) => mention.candidates.map(fieldOf)));
  return mentions.filter((mention) => !qualifiers.includes(mention) || mention.candidates.some((id) => otherFields.has(fieldOf(id))));
}
