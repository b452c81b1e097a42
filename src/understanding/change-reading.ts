import type { CueHit, CueSet, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, clausePunctuation, matchable } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";

/**
 * What the asker says it changed (its subject, one of its categories), read only in the plain shapes such a statement
 * takes, so that changes of anything else ("社交直播的主播换成了电商平台的主播", "we upgraded our social live mini
 * program") change nothing:
 * - Chinese: the mention, a change word right after it (status words such as 已经, 后来 between), then right after the
 *   change word (了 aside) the other mention, not followed by 的: "把社交直播换成了电商平台", "个人小程序升级为企业";
 * - English: "switched/moved/changed… from A to B", "replaced A with B", "A was replaced by B".
 * A change only asked about or planned ("能升级为企业吗", "我们想把社交直播换成电商平台", "下个月把…切换到…",
 * "can we switch from…") changes nothing yet.
 */

/** Whether the change word is only asked about or planned. */
export function changeNotDone(hit: CueHit, text: MatchableText, lexicon: Lexicon): boolean {
  const source = hit.script === "zh" ? text.compact : text.lower;
  if (hit.script === "en") return lexicon.roles.changeAsked.find(matchable(source.slice(Math.max(0, hit.start - 16), hit.start), "en")).length > 0;
  // A modal or plan word right against the change word, or against the 把 that opens its phrase ("想把…换成"); someone
  // else right before that 把 ("官方把…改成了…").
  const endsRightBefore = (at: number, cues: CueSet) => {
    const before = source.slice(Math.max(0, at - 4), at);
    return cues.find(matchable(before, "zh")).some((cue) => cue.end === before.length);
  };
  // A space around the change word ("想把社交直播 换成 电商平台") does not end its clause here.
  const clause = clauseAround(source, { script: "zh", start: hit.start, end: hit.end }, lexicon.roles.clauseBreaks, { compact: text.compact, lower: text.lower });
  const opening = source.lastIndexOf("把", hit.start);
  const phraseOpens = opening >= clause.start;
  if (phraseOpens && endsRightBefore(opening, lexicon.roles.changeByOthers)) return true;
  // "老板让我们把社交直播换成了电商平台": 了 says it was made, whoever wanted it.
  if (source.startsWith("了", hit.end)) return false;
  if (endsRightBefore(hit.start, lexicon.roles.changeAsked)) return true;
  if (phraseOpens && endsRightBefore(opening, lexicon.roles.changeAsked)) return true;
  // "电商平台可以换成社交直播吗", "社交直播改成电商平台需要多久": a question about the change, unless 已经 says it was made.
  return !source.slice(clause.start, hit.start).includes("已经") && lexicon.roles.changeAskedAfter.find(matchable(source.slice(hit.end, clause.end + 1), "zh")).length > 0;
}

/**
 * The change cue that makes the mention at `index` of `sameKind` (the subjects, or the categories, in one script's
 * positions) what the program was changed from, or null. Mentions joined to it ("社交直播、银行都换成了电商平台") change
 * with it.
 */
export function changedFromCue(
  index: number,
  sameKind: readonly MentionSpan[],
  text: MatchableText,
  lexicon: Lexicon,
  // Subjects: any words but another subject may stand before the change word ("个人小程序已经升级成企业了").
  between: "status words" | "any words" = "status words",
): string | null {
  const span = sameKind[index]!;
  const source = span.script === "zh" ? text.compact : text.lower;
  const others = sameKind.filter((other, at) => at !== index && other.script === span.script).sort((a, b) => a.start - b.start);
  const reaches = (hit: CueHit) =>
    between === "status words" ? reachesChangeWord(span, hit, others, source, lexicon) : !others.some((other) => other.start >= span.end && other.end <= hit.start);
  const into = changeWords(text, lexicon).find((hit) => {
    if (hit.script !== span.script || hit.start < span.end || !reaches(hit)) return false;
    return changeTarget(hit, others, source, lexicon) !== null && !changeNotDone(hit, text, lexicon);
  });
  if (into) return into.cue;
  if (span.script !== "en") return null;
  // "switched from social live to e-commerce", "replaced social live with e-commerce".
  const from = lexicon.roles.changedFrom.find(text).find((hit) => {
    if (hit.script !== "en" || hit.end > span.start || !lexicon.roles.changedFromFillers.fills(source.slice(hit.end, span.start), "en")) return false;
    const target = others.find((other) => other.start >= span.end);
    return (
      target !== undefined &&
      lexicon.roles.changedFromLinks.fills(source.slice(span.end, target.start), "en") &&
      source.slice(span.end, target.start).trim() !== "" &&
      !changeNotDone(hit, text, lexicon)
    );
  });
  return from?.cue ?? null;
}

/**
 * The change word a mention is what the asker only asks or plans to change into ("能不能换成社交直播", "我们想把社交直播
 * 换成电商平台" for 电商平台, "can we switch to social live"), or null: it is wanted, not held.
 */
export function askedChangeIntoCue(index: number, sameKind: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon): string | null {
  const span = sameKind[index]!;
  const source = span.script === "zh" ? text.compact : text.lower;
  const hit = changeWordRightBefore(span, source, text, lexicon);
  return hit && changeNotDone(hit, text, lexicon) ? hit.cue : null;
}

/**
 * The change word a mention is the new name of something else after, or describes what something became, or null:
 * "把商城名改成了社交直播商城", "直播间标题改成社交直播", "改成了电商平台的一部分" — not a category held.
 */
export function renamedIntoCue(span: MentionSpan, text: MatchableText, lexicon: Lexicon): string | null {
  const source = span.script === "zh" ? text.compact : text.lower;
  const hit = changeWordRightBefore(span, source, text, lexicon);
  if (!hit) return null;
  // "改成了电商平台的一部分", "切换到电商平台页面": the mention describes the new thing.
  if (describesSomething(span, source, lexicon)) return hit.cue;
  // The thing renamed stands right before the change word ("商城名改成", "标题改为").
  const before = source.slice(Math.max(0, hit.start - 6), hit.start);
  return lexicon.roles.otherThingChanged.find(matchable(before, span.script)).some((thing) => thing.end === before.length) ? hit.cue : null;
}

/** The change words of the text, less those inside a word that changes nothing into anything ("替换了"). */
function changeWords(text: MatchableText, lexicon: Lexicon): CueHit[] {
  const inert = lexicon.roles.notChangeWords.find(text);
  return lexicon.roles.changedInto.find(text).filter((hit) => !inert.some((word) => word.script === hit.script && word.start <= hit.start && hit.end <= word.end));
}

/** The change word right before the mention (了 and clause openers aside), if any. */
function changeWordRightBefore(span: MentionSpan, source: string, text: MatchableText, lexicon: Lexicon): CueHit | null {
  return (
    changeWords(text, lexicon).find((hit) => {
      if (hit.script !== span.script || hit.end > span.start) return false;
      const gap = source.slice(hit.end, span.start).replace(/^了/u, "");
      return gap.trim() === "" || lexicon.roles.clauseOpeners.fills(gap, span.script);
    }) ?? null
  );
}

/** Whether only joined mentions and status words stand between the mention and the change word after it. */
function reachesChangeWord(span: MentionSpan, hit: CueHit, others: readonly MentionSpan[], source: string, lexicon: Lexicon): boolean {
  let at = span.end;
  for (const other of others) {
    if (other.start < span.end || other.end > hit.start) continue;
    const gap = source.slice(at, other.start);
    // Joined in one clause: "社交直播和银行", "社交直播、银行" — not "信托类目,社交直播".
    if (clausePunctuation.test(gap) || (!lexicon.roles.joiners.fills(gap, span.script) && !/^[\s、/+&]*$/u.test(gap))) return false;
    at = other.end;
  }
  return lexicon.roles.statusOpeners.fills(source.slice(at, hit.start), span.script);
}

/** The mention right after the change word (了 aside) that the program became, unless it describes something (的). */
function changeTarget(hit: CueHit, others: readonly MentionSpan[], source: string, lexicon: Lexicon): MentionSpan | null {
  const target = others.find((other) => other.start >= hit.end);
  if (!target) return null;
  const gap = source.slice(hit.end, target.start).replace(/^了/u, "");
  if (gap.trim() !== "" && !lexicon.roles.clauseOpeners.fills(gap, hit.script)) return null;
  return describesSomething(target, source, lexicon) ? null : target;
}

/**
 * Whether a mention right after a change word only describes what was changed ("换成了电商平台的主播", "切换到电商平台
 * 页面"): 的 or a thing follows it.
 */
function describesSomething(span: MentionSpan, source: string, lexicon: Lexicon): boolean {
  const after = matchable(source.slice(span.end).replace(/^(类目|category)/u, "").trimStart(), span.script);
  return lexicon.roles.possessive.find(matchable(after.compact.slice(0, 1), span.script)).length > 0 || lexicon.roles.otherThingChanged.startsText(after);
}
