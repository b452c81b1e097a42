import type { CueHit, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { askedApartHits } from "./asked-apart.js";
import { clauseAround, matchable, sourceOf } from "./clauses.js";
import { clauseAsks } from "./asks-something.js";
import type { MentionSpan } from "./mention-roles.js";
import type { RoledMention } from "./question-frame.js";
import { spanInScript } from "./cross-script.js";
import { itemAt, numberedItemStarts } from "./numbered-items.js";
import { comparedRightAfter } from "./mention-roles.js";
import { scriptOf } from "./named-mentions.js";
import type { VocabularyTarget } from "./question-vocabulary.js";
import type { TermMatch } from "./term-matcher.js";

/**
 * "银行和驾校培训分别…", "A还是B": the categories are weighed, not held together. Markers between
 * names count only between two category names ("电商平台和社交直播都有,用插件还是live-pusher" holds both).
 */
export function weighsAlternatives(
  matches: ReadonlyArray<TermMatch<VocabularyTarget>>,
  text: MatchableText,
  lexicon: Lexicon,
  held: ReadonlySet<TermMatch<VocabularyTarget>> = new Set(),
): boolean {
  const named = categoryNames(matches);
  if (named.length >= 2 && lexicon.dialogue.alternativeAnywhere.test(text)) return true;
  if (named.length >= 2 && inSeveralNumberedItems(named, text)) return true;
  const { alternativeBetween: between, additive } = lexicon.dialogue;
  // "电商平台能直播吗?顺便问下社交直播审核要几天": each asked of apart — not when what follows adds or supposes the other.
  const apart = askedApartHits(text, lexicon);
  if (named.length >= 2 && apart.length > 0) {
    const after = (hit: CueHit) => (hit.script === "zh" ? { compact: text.compact.slice(hit.end), lower: "" } : { compact: "", lower: text.lower.slice(hit.end) });
    // "类目有电商平台和社交-直播两个…顺便问下社交直播那个审核多久": a category said to be held before the cue and named
    // again after it is asked something more — only one not held before it is asked of apart ("朋友家是社交直播类目,…顺便
    // 问下社交直播…" still is: the friend's is not the asker's).
    const standsBetween = (hit: CueHit) => {
      const before = named.filter((match) => scriptOf(match.term) === hit.script && match.end <= hit.start);
      const heldBefore = new Set(before.filter((match) => held.has(match)).flatMap(idsOf));
      return before.length > 0 && named.some((match) => scriptOf(match.term) === hit.script && match.start >= hit.end && idsOf(match).some((id) => !heldBefore.has(id)));
    };
    if (apart.some((hit) => standsBetween(hit) && !additive.test(after(hit)) && !lexicon.roles.hypothetical.test(after(hit)))) return true;
  }
  // Only names read as held, every one ("新文档:所有金融类目只能用插件。保险能用吗" claims of one).
  if (named.length >= 2 && named.every((match) => held.has(match)) && askedEachInItsClause(named, text, lexicon)) return true;
  for (const { script, source } of [{ script: "zh", source: text.compact }, { script: "en", source: text.lower }] as const) {
    const spans = named.filter((match) => scriptOf(match.term) === script);
    if (spans.length < 2) continue;
    const first = Math.min(...spans.map((match) => match.end));
    const last = Math.max(...spans.map((match) => match.start));
    if (last <= first) continue;
    const gap = source.slice(first, last);
    // "和" alone joins what is held ("电商平台和社交直播都有"); only a question about each weighs them.
    const markers = between.find(script === "zh" ? { compact: gap, lower: "" } : { compact: "", lower: gap });
    // A marker in a clause of its own with no name in it weighs something else ("用插件还是原生?" between 电商平台 and
    // 社交直播 weighs the methods).
    const amongNames = (marker: CueHit) => {
      const at = { script, start: first + marker.start, end: first + marker.end };
      const clause = clauseAround(source, at, lexicon.roles.clauseBreaks, text);
      return spans.some((match) => match.start >= clause.start && match.end <= clause.end);
    };
    if (markers.some((marker) => (!lexicon.roles.joiners.chineseCues.includes(marker.cue) || script === "en") && amongNames(marker))) return true;
    // "银行跟保险比,哪个要求多": two names joined, the later one measured against the earlier — the two are weighed.
    if (measuredAgainstTheOther(spans, source, text, lexicon)) return true;
  }
  return false;
}

/**
 * "电商平台用什么接入,社交直播审核多久": each name in a clause of its own that asks something of it (an aspect's cue in it),
 * nothing said held — asked of one by one, as after 顺便问下. Not "电商平台有了,社交直播审核多久" (the first clause asks
 * nothing), nor with a word of holding anywhere ("都有", "we have").
 */
function askedEachInItsClause(named: ReadonlyArray<TermMatch<VocabularyTarget>>, text: MatchableText, lexicon: Lexicon): boolean {
  if (lexicon.dialogue.holdingWords.test(text) || lexicon.dialogue.additive.test(text)) return false;
  const aspectHits = [...lexicon.aspects.values()].flatMap((cues) => cues.find(text));
  const clauses = new Map<string, Set<string>>();
  for (const match of named) {
    const script = scriptOf(match.term);
    const source = script === "zh" ? text.compact : text.lower;
    const clause = clauseAround(source, { script, start: match.start, end: match.end }, lexicon.roles.clauseBreaks, text);
    if (!aspectHits.some((hit) => hit.script === script && hit.start >= clause.start && hit.end <= clause.end && !(hit.start < match.end && hit.end > match.start))) return false;
    const key = `${script}:${clause.start}`;
    clauses.set(key, new Set([...(clauses.get(key) ?? []), ...idsOf(match)]));
  }
  // Two names or more, each in its own clause, naming categories apart: not a group and one of it ("所有金融类目只能用
  // 插件…保险能用吗" speaks of 保险 within its group).
  const idSets = [...clauses.values()];
  const total = idSets.reduce((sum, ids) => sum + ids.size, 0);
  return clauses.size === named.length && idSets.length >= 2 && new Set(idSets.flatMap((ids) => [...ids])).size === total;
}

/**
 * "1. 在线视频课程用啥接入 2. 教育平台用啥接入": names in different numbered items of the message are asked of one by one.
 */
function inSeveralNumberedItems(named: ReadonlyArray<TermMatch<VocabularyTarget>>, text: MatchableText): boolean {
  const starts = numberedItemStarts(text);
  if (starts.length === 0) return false;
  const items = new Set<number>();
  for (const match of named) {
    const script = scriptOf(match.term);
    const span = spanInScript({ script, start: match.start, end: match.end }, "en", text);
    if (span !== null) items.add(itemAt(starts, span.start));
  }
  return items.size >= 2;
}

/** Whether a name is joined right after another and followed by a word measuring it ("A跟B比", "A和B相比"). */
function measuredAgainstTheOther(spans: ReadonlyArray<TermMatch<VocabularyTarget>>, source: string, text: MatchableText, lexicon: Lexicon): boolean {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  return ordered.some((later, index) => {
    const earlier = ordered[index - 1];
    if (!earlier || earlier.end > later.start) return false;
    const script = scriptOf(later.term);
    const gap = source.slice(earlier.end, later.start);
    if (gap.trim() === "" || !lexicon.roles.joiners.fills(gap, script)) return false;
    const span = { script, start: later.start, end: later.end };
    const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
    return clause.start <= earlier.start && comparedRightAfter(source, span, clause.end, lexicon.roles.comparedAgainst, lexicon);
  });
}

/** The categories a match names: its own, or its group's. */
function idsOf(match: TermMatch<VocabularyTarget>): string[] {
  return match.targets.flatMap((target) => (target.kind === "category" ? [target.id] : target.kind === "group" ? target.ids : []));
}

/**
 * "驾校平台跟驾校培训区别在哪", "银行和信托有什么区别": two names or more, the first not opened by a word of comparing
 * (lexicon roles.comparedBefore), are both sides of the comparison — unlike "和银行、信托有什么区别", which weighs the
 * names against what was talked about before.
 */
export function namesBothSides(matches: ReadonlyArray<TermMatch<VocabularyTarget>>, text: MatchableText, lexicon: Lexicon): boolean {
  const named = categoryNames(matches);
  if (named.length < 2) return false;
  const first = named[0]!;
  const script = scriptOf(first.term);
  const source = script === "zh" ? text.compact : text.lower;
  const before = source.slice(clauseAround(source, { script, start: first.start, end: first.end }, lexicon.roles.clauseBreaks, text).start, first.start).trimEnd();
  return !lexicon.roles.comparedBefore.endsText(script === "zh" ? { compact: before, lower: "" } : { compact: "", lower: before });
}

/** The matches that name a category or group, not only a business the document does not list. */
function categoryNames(matches: ReadonlyArray<TermMatch<VocabularyTarget>>): Array<TermMatch<VocabularyTarget>> {
  return matches.filter((match) => match.targets.some((target) => target.kind !== "unlisted"));
}

/**
 * Whether a category the message names stands in a clause of its own that asks ("是不是电商平台就够了"), another category
 * named outside it: put forward as a candidate. `spans` are the mentions' spans, in order.
 */
export function putForwardApart(mentions: readonly RoledMention[], spans: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon): boolean {
  if (mentions.length !== spans.length) return false;
  const single = (mention: RoledMention) => mention.role === "held" && mention.candidates.length === 1;
  return mentions.some((mention, index) => {
    if (!single(mention)) return false;
    const span = spans[index]!;
    const source = sourceOf(text, span.script);
    const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
    const inClause = (other: MentionSpan) => other.script === span.script && other.start >= clause.start && other.end <= clause.end;
    const otherOutside = mentions.some((other, at) => at !== index && single(other) && other.candidates[0] !== mention.candidates[0] && !inClause(spans[at]!));
    const otherInside = mentions.some((other, at) => at !== index && single(other) && other.candidates[0] !== mention.candidates[0] && inClause(spans[at]!));
    // An English clause asks by its sentence's question mark, which a statement before a semicolon shares: its own words
    // must ask too.
    const asksItself = span.script === "zh" || lexicon.dialogue.asking.test(matchable(source.slice(clause.start, clause.end), "en"));
    return otherOutside && !otherInside && asksItself && clauseAsks(source, clause, span.script, lexicon);
  });
}
