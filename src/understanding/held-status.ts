import type { CueHit, CueSet, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { asksAboutThen, clauseAround, hitAfter, liesWithin, matchable, sourceOf } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";

/** Where a mention's status is read: its clause, and how far its own words reach (the next mention). */
export interface StatusScope {
  readonly span: MentionSpan;
  /** The text the span indexes: compact for Chinese, lower for English. */
  readonly source: string;
  readonly clause: { readonly start: number; readonly end: number };
  /** Where the next mention starts (the source's end when none follows). */
  readonly nextMention: number;
  readonly text: MatchableText;
  readonly lexicon: Lexicon;
  /** A cue set's hits in the mention's clause, question forms ("有没有") aside. */
  readonly hits: (cues: CueSet) => readonly CueHit[];
}

/**
 * Whether the question says the mention is held again after a status that lost it ("社交直播之前被驳回了,后来过了",
 * "…,到现在一直都有", "was suspended but it was restored"): a held-again word making a clause of its own, status
 * openers aside, before anything else is named. "目前还有电商平台", "网站后来恢复了" speak of something else.
 */
export function isHeldAgain(scope: StatusScope): boolean {
  const { span, source, clause, nextMention, text, lexicon } = scope;
  return lexicon.roles.restoredAfter.find(text).some((hit) => {
    if (hit.script !== span.script || hit.start < span.end || hit.end > nextMention) return false;
    const itsClause = clauseAround(source, hit, lexicon.roles.clauseBreaks, text);
    // "…,通过了吗" asks whether it is back.
    const asked = lexicon.dialogue.asksStatus.find(matchable(source.slice(hit.end, itsClause.end), span.script)).length > 0;
    return itsClause.start > clause.start && !asked && opensRight(scope, itsClause.start, hit) && endsItsClause(scope, hit, itsClause.end);
  });
}

/**
 * Held once, not now: right before it ("曾经有过社交直播", "we used to have social live"; joiners at most between), or
 * right after it ending its clause ("社交直播之前有过"; "电商平台以前有社交直播" is about 社交直播).
 */
export function heldOnce(scope: StatusScope): CueHit | undefined {
  const { span, source, clause, lexicon } = scope;
  const beforeIt = lexicon.roles.heldOnceBefore
    .find(matchable(source.slice(clause.start, span.start), span.script))
    .find((hit) => lexicon.roles.joiners.fills(source.slice(clause.start + hit.end, span.start), span.script));
  return beforeIt ?? scope.hits(lexicon.roles.heldOnceAfter).find((hit) => rightAfter(scope, hit) && endsItsClause(scope, hit, clause.end));
}

/** Refused or removed at some time, right after the mention and ending its clause ("社交直播被驳回过", "下架过两次"). */
export function refusedOnce(scope: StatusScope): CueHit | undefined {
  return scope.hits(scope.lexicon.roles.refusedOnceAfter).find((hit) => rightAfter(scope, hit) && endsItsClause(scope, hit, scope.clause.end));
}

/**
 * A loss supposed to come, right after the mention ("社交直播到期以后,电商平台还能用原生吗"): the question asks about that
 * time — unless it says more of it ("到期以后续费了") or asks about now ("现在能用吗").
 */
export function supposedLoss(scope: StatusScope): CueHit | undefined {
  const { span, clause, nextMention, text, lexicon } = scope;
  const asksAboutNow = (hit: CueHit) => hitAfter(lexicon.roles.nowWords, text, span.script, hit.end);
  const supposed = scope.hits(lexicon.roles.supposedLossAfter).find((hit) => rightAfter(scope, hit) && endsItsClause(scope, hit, Math.min(clause.end, nextMention)) && !asksAboutNow(hit));
  return supposed ?? lossToComeAskedAbout(scope);
}

/**
 * "社交直播明年不续了,到时候呢": a loss to come (a future word, then the loss, right after the mention) is no loss now —
 * unless the question then asks about that time (lexicon thenAsked).
 */
function lossToComeAskedAbout(scope: StatusScope): CueHit | undefined {
  const { span, source, clause, nextMention, text, lexicon } = scope;
  // "…,到时候我们再申请,现在能用原生吗" asks about now; "…,到时候再说" leaves that time for later.
  if (!asksAboutThen(lexicon, text, span.script, span.end)) return undefined;
  return scope.hits(lexicon.roles.passiveAfter).find((hit) => {
    if (hit.start < span.end || !endsItsClause(scope, hit, Math.min(clause.end, nextMention))) return false;
    const gap = source.slice(span.end, hit.start);
    const future = lexicon.roles.futureWords.find(matchable(gap, span.script))[0];
    return future !== undefined && lexicon.roles.statusOpeners.fills(gap.slice(0, future.start), span.script) && lexicon.roles.statusOpeners.fills(gap.slice(future.end), span.script);
  });
}

/** Held by another program than this one ("社交直播类目是在另一个小程序上"); not when it is there as well ("也在…"). */
export function heldElsewhere(scope: StatusScope): CueHit | undefined {
  const { span, source, lexicon } = scope;
  return scope
    .hits(lexicon.roles.elsewhereAfter)
    .find((hit) => rightAfter(scope, hit) && lexicon.roles.alsoWords.find(matchable(source.slice(span.end, hit.start), span.script)).length === 0);
}

/**
 * Only a side line of the business ("网课只是补充", "live classes are just a side thing"): what the asker mainly is decides
 * its category, and this name holds none — unless it is named as a category ("在线视频课程类目只是补充": held, if second).
 */
export function sideActivity(scope: StatusScope): CueHit | undefined {
  const { span, source, lexicon } = scope;
  return scope
    .hits(lexicon.roles.sideActivityAfter)
    .find((hit) => rightAfter(scope, hit) && !lexicon.dialogue.categoryWords.test(matchable(source.slice(span.end, hit.start), span.script)));
}

/** The hit follows the mention with status openers at most between. */
function rightAfter(scope: StatusScope, hit: CueHit): boolean {
  return hit.start >= scope.span.end && opensRight(scope, scope.span.end, hit);
}

function opensRight(scope: StatusScope, from: number, hit: CueHit): boolean {
  return scope.lexicon.roles.statusOpeners.fills(scope.source.slice(from, hit.start), scope.span.script);
}

/** Nothing but status enders ("了", "的话", "呢") follows the hit up to `end`. */
function endsItsClause(scope: StatusScope, hit: CueHit, end: number): boolean {
  return scope.lexicon.roles.statusEnders.fills(scope.source.slice(hit.end, end), scope.span.script);
}

/**
 * Whether the question reports a loss that names nothing: a loss word in a clause that opens with status openers only,
 * at least one of them ("结果又被撤了", "turns out it was revoked") — not a loss only asked about ("被拒了怎么办"), a
 * refusal once ("之前被驳回过") or the time before something ("没加之前").
 */
export function opensWithLoss(text: MatchableText, lexicon: Lexicon): boolean {
  const covered = [...lexicon.roles.refusedOnceAfter.find(text), ...lexicon.dialogue.actualState.find(text)];
  return lexicon.roles.passiveAfter.find(text).some((hit) => {
    if (liesWithin(hit, covered)) return false;
    const source = sourceOf(text, hit.script);
    const clause = clauseAround(source, hit, lexicon.roles.clauseBreaks, text);
    const opening = source.slice(clause.start, hit.start);
    return opening.trim() !== "" && lexicon.roles.statusOpeners.fills(opening, hit.script);
  });
}

/**
 * Whether the question says a category was or will be approved ("批下来了", "等审核通过以后"): an approval word inside a
 * pending cue ("还没批下来", "还没申请下来") says the opposite.
 */
export function approvalSaid(text: MatchableText, lexicon: Lexicon): boolean {
  const approvals = lexicon.dialogue.approval.find(text);
  if (approvals.length === 0) return false;
  const pending = lexicon.roles.pending.find(text);
  const asksWhat = (hit: CueHit) => lexicon.dialogue.approvalAsksWhat.startsText(matchable(sourceOf(text, hit.script).slice(hit.end), hit.script));
  return approvals.some((hit) => !liesWithin(hit, pending) && !asksWhat(hit));
}
