import type { CueHit, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { rowAspects } from "../lexicon/lexicon-schema.js";
import { clauseAround, matchable, sourceOf } from "./clauses.js";
import { compactForMatching } from "./normalize-question.js";
import type { MentionSpan } from "./mention-roles.js";
import type { RoledMention } from "./question-frame.js";

/**
 * One category changed into another: `from` and `into` index the category spans.
 * - "done": the asker changed it ("去年是在线视频课程,今年换成了课外辅导"): `from` is no longer held, `into` is.
 * - "supposed": a change asked about, for the time after it ("想从驾校培训改成在线视频课程,改完以后用啥", "如果把X换成Y").
 * - "planned": a change only planned, the question about now ("打算把X改成Y,现在用什么"): `into` is not held yet.
 */
interface CategoryChange {
  readonly from: number;
  readonly into: number;
  readonly kind: "done" | "supposed" | "planned";
}

/**
 * The changes of category the question states: a change word (lexicon categoryChangedInto) with a category right
 * after it, and the one it replaces before it — in its clause, or the clause before ("原本是在线视频课程,现在类目改成
 * 课外辅导了") — with nothing else named between. Only the asker's own change counts (lexicon changeByAsker in either
 * clause: 我们, 把, 从, 现在…): "社交直播已经改成娱乐直播了" claims a renaming, which the rules answer. What follows
 * the new category must end its clause (statusEnders): "从社交直播转到电商平台下单" is a flow, not a change.
 */
function categoryChanges(spans: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon): CategoryChange[] {
  const changes: CategoryChange[] = [];
  for (const hit of lexicon.roles.categoryChangedInto.find(text)) {
    const source = sourceOf(text, hit.script);
    const clause = clauseAround(source, hit, lexicon.roles.clauseBreaks, text);
    // "换成了课外辅导", "改成一个电商平台": the change word's particle and status words at most between.
    const opensInto = (gap: string) => lexicon.roles.statusEnders.fills(gap, hit.script) || lexicon.roles.statusOpeners.fills(gap, hit.script);
    const into = spans.findIndex((span) => span.script === hit.script && span.start >= hit.end && opensInto(source.slice(hit.end, span.start)));
    if (into === -1 || spans[into]!.end > clause.end) continue;
    // "换成社交直播类目了"; "社交直播类目已经改成电商平台了吗" asks whether a renaming happened.
    if (!endsStatement(source.slice(spans[into]!.end, clause.end), hit.script, lexicon)) continue;
    const before = spans.map((span, index) => ({ span, index })).filter(({ span }) => span.script === hit.script && span.end <= hit.start);
    const last = before[before.length - 1];
    if (!last) continue;
    // Its own clause or the one right before the change word's: "去年我们是X类目,今年换成了Y". Nothing but status
    // words between it and the change ("我们电商平台的店铺名改成了银行" changes a name).
    const fromClause = clauseAround(source, last.span, lexicon.roles.clauseBreaks, text);
    const sameClause = fromClause.start === clause.start;
    // "之前是社交-直播,现在不是了,换成电商平台了": a clause saying only that it is no longer so may stand between.
    if (!sameClause && !endsRightBefore(source, fromClause.end, clause.start) && !noLongerBetween(source.slice(fromClause.end, clause.start), hit.script, lexicon)) continue;
    const gap = sameClause ? source.slice(last.span.end, hit.start) : source.slice(last.span.end, fromClause.end);
    if (!lexicon.roles.statusOpeners.fills(gap, hit.script) && !endsStatement(gap, hit.script, lexicon) && !plansChange(gap, hit.script, lexicon)) continue;
    if (!sameClause && !lexicon.roles.statusOpeners.fills(source.slice(clause.start, hit.start), hit.script)) continue;
    const said = (from: number, to: number) => lexicon.roles.changeByAsker.find(matchable(source.slice(from, to), hit.script)).length > 0;
    if (!said(fromClause.start, hit.start)) continue;
    changes.push({ from: last.index, into, kind: kindOf(hit, source, clause.start, spans[into]!.end, text, lexicon) });
  }
  return [...changes, ...changesFromTo(spans, text, lexicon)];
}

/**
 * "We switched from 社交-直播 to 电商平台": a change word before the category changed from (lexicon categoryChangedFrom),
 * then the word into (categoryChangedFromInto) and the new category, only spaces or status words between. The change
 * words are English; the names may be either script's, each span in its own form (a Chinese one in the compact text).
 */
function changesFromTo(spans: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon): CategoryChange[] {
  const starts = lexicon.roles.categoryChangedFrom.find(text).filter((hit) => hit.script === "en");
  if (starts.length === 0) return [];
  // A place in the lower-case text, in a span's own form.
  const inFormOf = (script: "zh" | "en", index: number) => (script === "en" ? index : compactForMatching(text.lower.slice(0, index)).length);
  // Status words, articles and words for a category at most between ("from the trust category to insurance").
  const between = [lexicon.roles.clauseOpeners, lexicon.dialogue.categoryWords];
  const adjoins = (script: "zh" | "en", from: number, to: number) => from <= to && lexicon.roles.statusOpeners.fills(sourceOf(text, script).slice(from, to), script, between);
  const spanAfter = (index: number) => spans.findIndex((span) => adjoins(span.script, inFormOf(span.script, index), span.start));
  const intos = lexicon.roles.categoryChangedFromInto.find(text).filter((hit) => hit.script === "en");
  const changes: CategoryChange[] = [];
  for (const hit of starts) {
    const from = spanAfter(hit.end);
    if (from === -1) continue;
    const fromSpan = spans[from]!;
    const into = intos.find((word) => adjoins(fromSpan.script, fromSpan.end, inFormOf(fromSpan.script, word.start)));
    if (into === undefined) continue;
    const to = spanAfter(into.end);
    if (to === -1 || to === from) continue;
    const clause = clauseAround(text.lower, hit, lexicon.roles.clauseBreaks, text);
    changes.push({ from, into: to, kind: kindOf(hit, text.lower, clause.start, into.end, text, lexicon) });
  }
  return changes;
}

// Module-level: the bundler turns a \p{…} literal into a RegExp constructed on every call.
const punctuationRuns = /[\p{P}]+/u;

/** Whether the clauses between say only that something is no longer so ("现在不是了", "now it isn't"). */
function noLongerBetween(between: string, script: "zh" | "en", lexicon: Lexicon): boolean {
  const { negation, statusOpeners, statusEnders, copula } = lexicon.roles;
  const clauses = between.split(punctuationRuns).map((clause) => clause.trim()).filter(Boolean);
  return clauses.length > 0 && clauses.every((clause) => negation.find(matchable(clause, script)).length > 0 && negation.fills(clause, script, [statusOpeners, statusEnders, copula]));
}

/**
 * The roles the question's changes of category give its mentions (`spans` index them, in the compact form where
 * they have one): the new category held, supposed or to come; the one changed from no longer held unless the change
 * is only planned.
 */
export function withCategoryChanges(roled: readonly RoledMention[], spans: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon): RoledMention[] {
  const changes = categoryChanges(spans, text, lexicon);
  const changed = [...roled];
  for (const { from, into, kind } of changes) {
    const role = kind === "done" ? "held" : kind === "supposed" ? "hypothetical" : "pending";
    changed[into] = { ...changed[into]!, role, cue: null };
    if (kind !== "planned") changed[from] = { ...changed[from]!, role: "negated", cue: null };
  }
  return changed;
}

/** Whether `rest` ends a statement: a category word ("类目") at most, then status enders ("了"), and no question ("吗"). */
function endsStatement(rest: string, script: "zh" | "en", lexicon: Lexicon): boolean {
  const category = lexicon.dialogue.categoryWords.find(matchable(rest, script)).find((hit) => hit.start === 0);
  const after = category ? rest.slice(category.end) : rest;
  return lexicon.roles.statusEnders.fills(after, script) && lexicon.dialogue.asksStatus.find(matchable(after, script)).length === 0;
}

/** Whether `gap` is a category word at most, then a word of planning ("银行类目想换成保险": 类目想). */
function plansChange(gap: string, script: "zh" | "en", lexicon: Lexicon): boolean {
  const category = lexicon.dialogue.categoryWords.find(matchable(gap, script)).find((hit) => hit.start === 0);
  const rest = category ? gap.slice(category.end) : gap;
  return rest.trim() !== "" && lexicon.roles.changeAsked.fills(rest, script);
}

/** Whether only punctuation and spaces stand between one clause's end and the next one's start. */
function endsRightBefore(source: string, end: number, start: number): boolean {
  return /^[\p{P}\s]*$/u.test(source.slice(end, start));
}

/** Done, supposed or planned: a planning or asking word right before the change word, a supposition in its clause, a question about after it. */
function kindOf(hit: CueHit, source: string, clauseStart: number, intoEnd: number, text: MatchableText, lexicon: Lexicon): CategoryChange["kind"] {
  const supposed = lexicon.roles.hypothetical.find(matchable(source.slice(clauseStart, hit.start), hit.script)).length > 0;
  if (supposed) return "supposed";
  // "想从X改成Y", "打算把X换成Y": the planning word may stand before the category changed from.
  const planned = lexicon.roles.changeAsked.find(matchable(source.slice(clauseStart, hit.start), hit.script)).length > 0;
  if (!planned) return "done";
  const after = matchable(source.slice(intoEnd), hit.script);
  if (lexicon.roles.afterChange.find(after).length > 0) return "supposed";
  // "银行类目想换成保险,资质几选一": a row asked after a planned change, not of the present ("现在…"), is the new
  // category's, the one being prepared for.
  const asksRow = rowAspects.some((aspect) => lexicon.aspects.get(aspect)?.test(after) === true);
  return asksRow && !lexicon.dialogue.actualStateOfAsker.test(after) ? "supposed" : "planned";
}
