import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { leadingMarks, liesWithin, matchable, onlyBetween, sourceOf } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";
import type { QuestionFrame, RoledMention } from "./question-frame.js";
import { countOpening } from "./ordinal-pointer.js";

/** What the message is, beside its pointers: whether it names nothing, points back at all, and asks. */
export interface PointerContext {
  readonly namesNothing: boolean;
  readonly saysAnaphora: boolean;
  readonly asks: boolean;
}

export type PointersBack = Pick<
  QuestionFrame,
  "activityOfTopic" | "joinsTopicWith" | "pointsAtOther" | "pointsAtPair" | "pointsAtSeveral" | "pointsAtCount" | "exceptsSeveral" | "asksAmongThem" | "exceptsTopic"
>;


/**
 * How the message points back at the categories talked about: at the topic's with an activity of another's ("那个类目能
 * 直播带货吗"), joined to one named ("它和公立医疗机构…"), at the other of two, at the two, at several, among them, or
 * setting them aside ("除了这个/这几个…").
 */
export function readPointersBack(text: MatchableText, matchSpans: readonly MentionSpan[], consistent: readonly RoledMention[], context: PointerContext, lexicon: Lexicon): PointersBack {
  const { namesNothing, saysAnaphora, asks } = context;
  const { dialogue, roles } = lexicon;
  // Asking, and not "这几个月", "这三个主播" (what follows has places of its own: ordinals.notAfter), nor "除了这几个…"
  // (dialogue.exceptSeveral), which sets them aside.
  const several = namesNothing && asks && severalPointed(text, lexicon);
  const counted = namesNothing && asks && !several && dialogue.eachPointers.test(text) ? countOpening(text, lexicon) : null;
  // "三个分别…": each of more than two is no pair.
  const eachOfSeveral = several || (counted !== null && counted > 2);
  return {
    activityOfTopic:
      saysAnaphora &&
      consistent.length > 0 &&
      consistent.every((mention) => mention.scenario) &&
      // Before the activity: after it ("直播带货用哪个类目?那个类目…", "明星直播这个类目能做吗") it points at the activity's
      // category.
      dialogue.anaphora.find(text).some((hit) => matchSpans.every((span) => span.script === hit.script && span.start >= hit.end && !onlyBetween(roles.possessive, hit, span, text))),
    joinsTopicWith:
      saysAnaphora &&
      dialogue.anaphora
        .find(text)
        .some((hit) => matchSpans.some((span) => span.start > hit.end && onlyBetween(roles.joiners, hit, span, text) && !roles.possessive.fills(sourceOf(text, hit.script).slice(hit.end, span.start), hit.script))),
    pointsAtOther:
      namesNothing &&
      dialogue.otherOne.find(text).some((hit) => {
        const after = sourceOf(text, hit.script).slice(hit.end);
        const rest = after.replace(leadingMarks, "");
        // "the other one - how many qualifications?", "另一个几选几": set off by a dash or colon, or asked a row of right away
        // (an aspect's word at its start, a count word at most before it: "几选几" holds 选几) — not another way of access
        // ("另一种接入方式呢") nor one the comma names ("the other one, the plugin?").
        const setOff = /^\s*[-—:：]/u.test(after);
        const asksRowOfIt = [...lexicon.aspects].some(([aspect, cues]) => aspect !== "method" && cues.find(matchable(rest, hit.script)).some((word) => word.start <= 1));
        return rest === "" || setOff || asksRowOfIt || dialogue.otherOneThen.startsText(matchable(rest, hit.script));
      }),
    // "分别", "各自" (eachPointers) point at the two only where no pointer at several does ("上面这几个分别…").
    pointsAtPair:
      namesNothing &&
      ([...dialogue.pairPointers.find(text), ...(eachOfSeveral ? [] : dialogue.eachPointers.find(text))].some((hit) => !dialogue.pairNotAfter.startsText(matchable(sourceOf(text, hit.script).slice(hit.end).trimStart(), hit.script)))),
    pointsAtSeveral: several,
    pointsAtCount: counted,
    exceptsSeveral: dialogue.exceptSeveral.test(text),
    asksAmongThem: dialogue.amongThem.test(text) || sharesCounted(text, lexicon),
    exceptsTopic: dialogue.exceptTopic.test(text),
  };
}

/** "金融类占几个", "教育的占多少": a share counted (lexicon shareOf right before a count word, or one that opens with it). */
function sharesCounted(text: MatchableText, lexicon: Lexicon): boolean {
  const counts = lexicon.dialogue.countOfThem.find(text);
  return lexicon.dialogue.shareOf.find(text).some((hit) => counts.some((count) => count.script === hit.script && (count.start === hit.start || count.start === hit.end)));
}

/** "这几个都用啥方式接入": a pointer at several categories talked about, not at several of something else. */
function severalPointed(text: MatchableText, lexicon: Lexicon): boolean {
  const setAside = lexicon.dialogue.exceptSeveral.find(text);
  return lexicon.dialogue.severalPointers
    .find(text)
    .some((hit) => !liesWithin(hit, setAside) && !lexicon.ordinals.notAfter.startsText(matchable(sourceOf(text, hit.script).slice(hit.end).trimStart(), hit.script)));
}
