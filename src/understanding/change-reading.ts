import type { CueHit, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, clausePunctuation, matchable } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";

/**
 * What the asker says it changed (its subject, one of its categories): "个人小程序升级为企业", "把社交直播换成了电商平台",
 * "we switched from social live to e-commerce". A change only asked about, planned or denied ("能升级为企业吗",
 * "我们想把社交直播换成电商平台", "下个月切换到…", "没有改成…", "can we switch…") changes nothing yet.
 */

/** Whether the change word is only asked about, planned or denied: a cue for it before the word in its clause. */
export function changeNotDone(hit: CueHit, text: MatchableText, lexicon: Lexicon): boolean {
  const source = hit.script === "zh" ? text.compact : text.lower;
  const clause = clauseAround(source, { script: hit.script, start: hit.start, end: hit.end }, lexicon.roles.clauseBreaks, text);
  const before = matchable(source.slice(clause.start, hit.start), hit.script);
  // "我想问一下…", "要是把…换成…呢": a request to answer, or a supposition, plans nothing.
  const asking = lexicon.roles.changeAskedNot.find(before);
  return lexicon.roles.changeAsked.find(before).some((cue) => !asking.some((phrase) => phrase.start <= cue.start && cue.end <= phrase.end));
}

/**
 * The change cue that makes a mention what the program was changed from, or null: a change word after it (Chinese,
 * and English "replaced by") or before it (English "switched from"), with another mention of its kind (`sameKind`:
 * the subjects, or the categories) following in the change word's clause. Mentions joined to this one ("社交直播和银行
 * 都换成了电商平台") change with it. A change into something else ("电商平台能换成原生组件吗") changes nothing.
 */
export function changedFromCue(span: MentionSpan, sameKind: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon): string | null {
  const source = span.script === "zh" ? text.compact : text.lower;
  const others = sameKind.filter((other) => other !== span && other.script === span.script).sort((a, b) => a.start - b.start);
  // A space may stand around the change word ("社交直播 换成 电商平台"): it does not end the clause here.
  const unbroken: MatchableText = { compact: text.compact, lower: text.lower };
  const clauseOf = (hit: CueHit) => clauseAround(source, { script: hit.script, start: hit.start, end: hit.end }, lexicon.roles.clauseBreaks, unbroken);
  const followedInClause = (hit: CueHit) => {
    const clause = clauseOf(hit);
    return others.some((other) => other.start >= Math.max(hit.end, span.end) && other.end <= clause.end);
  };
  // Between the mention and a change word after it, another mention only when joined to it in one clause
  // ("社交直播和银行都换成了…"; not "我们有银行类目,社交直播换成了…"). With none between, the change may open the next
  // clause ("之前有社交直播类目,后来换成了电商平台").
  const reachesAfter = (hit: CueHit) => {
    // "把电商平台的商城名改成了…", "社交直播,我们把小程序名字改成电商平台": something else is renamed.
    if (lexicon.roles.otherThingChanged.find(matchable(source.slice(span.end, hit.start), span.script)).length > 0) return false;
    let at = span.end;
    for (const other of others) {
      if (other.start < span.end || other.end > hit.start) continue;
      const gap = source.slice(at, other.start);
      if (clausePunctuation.test(gap) || (!lexicon.roles.joiners.fills(gap, span.script) && !isListPause(gap))) return false;
      at = other.end;
    }
    return true;
  };
  // A change word inside a longer one of the other direction is that one ("换了" in "用电商平台替换了社交直播").
  const fromHits = lexicon.roles.changedFrom.find(text);
  const insideFrom = (hit: CueHit) => fromHits.some((from) => from.script === hit.script && from.start <= hit.start && hit.end <= from.end && from.end - from.start > hit.end - hit.start);
  const into = lexicon.roles.changedInto
    .find(text)
    .find((hit) => hit.script === span.script && hit.start >= span.end && !insideFrom(hit) && reachesAfter(hit) && !changeNotDone(hit, text, lexicon) && followedInClause(hit));
  if (into) return into.cue;
  // "we replaced social live with e-commerce", "e-commerce replaced social live": another of its kind in the clause.
  const fromFillers = lexicon.roles.changedFromFillers;
  const from = fromHits.find((hit) => {
    if (hit.script !== span.script || hit.end > span.start || others.some((other) => other.start >= hit.end && other.end <= span.start)) return false;
    const clause = clauseOf(hit);
    return (
      fromFillers.fills(source.slice(hit.end, span.start), span.script) &&
      !changeNotDone(hit, text, lexicon) &&
      others.some((other) => other.start >= clause.start && other.end <= clause.end)
    );
  });
  return from?.cue ?? null;
}

/**
 * The change word a mention is what the asker only asks or plans to change into ("能不能换成社交直播", "我们想把社交直播
 * 换成电商平台" for 电商平台, "can we switch to social live"), or null: it is wanted, not held.
 */
export function askedChangeIntoCue(span: MentionSpan, sameKind: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon): string | null {
  const source = span.script === "zh" ? text.compact : text.lower;
  const others = sameKind.filter((other) => other !== span && other.script === span.script);
  const hit = lexicon.roles.changedInto.find(text).find((change) => {
    if (change.script !== span.script || change.end > span.start || others.some((other) => other.start >= change.end && other.end <= span.start)) return false;
    const gap = source.slice(change.end, span.start).replace(/^了/u, "");
    return (gap.trim() === "" || lexicon.roles.joiners.fills(gap, span.script) || lexicon.roles.clauseOpeners.fills(gap, span.script)) && changeNotDone(change, text, lexicon);
  });
  return hit?.cue ?? null;
}

/**
 * The change word a mention is the new name of something else after, or null: "把商城名改成了社交直播商城", "直播间
 * 标题改成社交直播" — a name, not a category held.
 */
export function renamedIntoCue(span: MentionSpan, text: MatchableText, lexicon: Lexicon): string | null {
  const source = span.script === "zh" ? text.compact : text.lower;
  const hit = lexicon.roles.changedInto.find(text).find((change) => {
    if (change.script !== span.script || change.end > span.start) return false;
    const gap = source.slice(change.end, span.start).replace(/^了/u, "");
    if (gap.trim() !== "" && !lexicon.roles.clauseOpeners.fills(gap, span.script)) return false;
    // The thing renamed stands right before the change word ("商城名改成", "标题改为").
    const before = source.slice(Math.max(0, change.start - 6), change.start);
    return lexicon.roles.otherThingChanged.find(matchable(before, span.script)).some((thing) => thing.end === before.length);
  });
  return hit?.cue ?? null;
}

/**
 * Whether a mention is what the program was before: right after a "formerly" cue ("原来是社交直播", "之前是电商平台和
 * 社交直播"), names joined to it between. Whether that means it is no longer held depends on the rest of the message.
 */
export function saidAsFormer(span: MentionSpan, sameKind: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon): boolean {
  const source = span.script === "zh" ? text.compact : text.lower;
  const others = sameKind.filter((other) => other !== span && other.script === span.script).sort((a, b) => a.start - b.start);
  return lexicon.roles.formerly.find(text).some((hit) => {
    if (hit.script !== span.script || hit.end > span.start) return false;
    let at = hit.end;
    for (const other of others) {
      if (other.start < hit.end || other.end > span.start) continue;
      const gap = source.slice(at, other.start);
      if (at === hit.end ? !lexicon.roles.clauseOpeners.fills(gap, span.script) : clausePunctuation.test(gap) || (!lexicon.roles.joiners.fills(gap, span.script) && !isListPause(gap))) return false;
      at = other.end;
    }
    const gap = source.slice(at, span.start);
    return at === hit.end ? lexicon.roles.clauseOpeners.fills(gap, span.script) : !clausePunctuation.test(gap) && (lexicon.roles.joiners.fills(gap, span.script) || isListPause(gap));
  });
}

/** A list mark between two names ("社交直播、银行", "电商+社交直播"). */
function isListPause(gap: string): boolean {
  return /^[\s、/+&]*$/u.test(gap);
}
