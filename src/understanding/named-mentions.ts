import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { CueHit, MatchableText } from "../lexicon/cue-set.js";
import { mapList } from "../shared/map-list.js";
import { readCategoryRole } from "./category-role.js";
import { crossesAny, liesInsideLonger } from "./clauses.js";
import { compactSpanOf } from "./cross-script.js";
import { namesIntendedActivity } from "./intended-activity.js";
import type { MentionSpan } from "./mention-roles.js";
import { withOthersMentions } from "./others-mentions.js";
import type { RoledMention } from "./question-frame.js";
import type { SubjectTarget, VocabularyTarget } from "./question-vocabulary.js";
import { targetFacts } from "./target-facts.js";
import type { TermMatch, TermMatcher } from "./term-matcher.js";
import { isVerbUse } from "./verb-use.js";
import { containsHan } from "../shared/han-script.js";

type Script = "zh" | "en";

const neverCut = () => false;

/** The names a question says (categories, unlisted names, subjects), where each stands, and each name's role. */
export interface NamedMentions {
  readonly subjectMatches: ReadonlyArray<TermMatch<SubjectTarget>>;
  /** Category, group and unlisted names, in the order found; `mentions` holds one per match, at the same index. */
  readonly matches: ReadonlyArray<TermMatch<VocabularyTarget>>;
  /** Each match's span, made once per match and shared by every reading that asks. */
  readonly spanOf: (match: TermMatch<unknown>) => MentionSpan;
  /** The names' spans. */
  readonly matchSpans: readonly MentionSpan[];
  /** The names' spans, then the subjects': every span of the question. */
  readonly allSpans: readonly MentionSpan[];
  /** allSpans, where each stands in the compact form (English names inside Chinese text). */
  readonly inCompact: readonly MentionSpan[];
  /** Whether a span lies inside a government body's name ("教育局" holds 教育). */
  readonly insideBodyName: (at: { readonly start: number; readonly end: number }, script: Script) => boolean;
  /** Each name with its role, read against the others' (a client's, a friend's): one per match. */
  readonly mentions: RoledMention[];
}

/** Finds the names a question says and reads the role of each; `text` must be the one the cue index has scanned. */
export function readNamedMentions(
  text: MatchableText,
  matchers: { readonly vocabulary: TermMatcher<VocabularyTarget>; readonly subjects: TermMatcher<SubjectTarget> },
  lexicon: Lexicon,
  /** Whether the segmenter cuts a Chinese name found at start–end in two, standing it in other words (word-cuts.ts). */
  cutApart: (term: string, start: number, end: number) => boolean = neverCut,
): NamedMentions {
  const subjectMatches = matchers.subjects.match(text.compact, text.lower);
  // "教育局", "区县级教育部门": a government body's name holds a category word; it names the body, not the category.
  const bodyNames = subjectMatches.filter((match) => match.targets[0]?.subject === "government").map((body) => ({ script: scriptOf(body.term), start: body.start, end: body.end }));
  const insideBodyName = (match: { start: number; end: number }, script: Script) => liesInsideLonger({ script, start: match.start, end: match.end }, bodyNames);
  // "给中小学生补课", "拿到了民办学校办学许可证": a name inside a word for people or for a document (小学 in 小学生, 民办学校
  // in the licence) names no category; nor one cut off by such a word ("卖宠物食品": 卖宠物 ends inside 宠物食品).
  const others = lexicon.roles.namesOfOthers.find(text);
  const insideOthers = (match: { start: number; end: number }, script: Script) => {
    if (others.length === 0) return false;
    const span = { script, start: match.start, end: match.end };
    return liesInsideLonger(span, others) || crossesAny(span, others);
  };
  const matches = withoutGroupPrefixes(
    matchers.vocabulary
      .match(text.compact, text.lower)
      .filter(
        (match) =>
          !isVerbUse(match.term, match.start, text.lower, lexicon.englishVerbUse) &&
          !(containsHan(match.term) && (insideBodyName(match, "zh") || (!match.typo && cutApart(match.term, match.start, match.end)))) &&
          !insideOthers(match, scriptOf(match.term)),
      ),
    text,
  );
  const spans = new Map<TermMatch<unknown>, MentionSpan>();
  const spanOf = (match: TermMatch<unknown>): MentionSpan => {
    let span = spans.get(match);
    if (!span) spans.set(match, (span = { script: scriptOf(match.term), start: match.start, end: match.end }));
    return span;
  };
  const matchSpans = mapList(matches, spanOf);
  const allSpans = [...matchSpans];
  for (const match of subjectMatches) allSpans.push(spanOf(match));
  const inCompact = mapList(allSpans, (span) => (span.script === "en" ? (compactSpanOf(span, text) ?? span) : span));

  // Read only for a mention that may name an activity (most questions have none).
  let pointers: readonly CueHit[] | null = null;
  const pointerBefore = (span: MentionSpan) => (pointers ??= lexicon.dialogue.anaphora.find(text)).some((pointer) => pointer.script === span.script && pointer.end <= span.start);
  const roled: RoledMention[] = [];
  for (let index = 0; index < matches.length; index += 1) {
    const match = matches[index]!;
    const { role, cue } = readCategoryRole(index, allSpans, inCompact, text, lexicon);
    const { candidates, scenario, activity, unlisted } = targetFacts(match.targets);
    // "想做宠物直播", "我们是电商平台,做宠物直播": what the asker means to stream, read like a scenario word of the
    // category it names.
    // A pointer back at the topic's category before it stands for a category named ("这个类目能做宠物直播吗").
    // A scenario word is meant the same way ("我们是驾校平台,准备做网课直播").
    const mayIntend = role === "held" && candidates.length > 0;
    const afterHeld = mayIntend && (roled.some((earlier) => earlier.role === "held" && !earlier.scenario && earlier.candidates.length > 0) || pointerBefore(allSpans[index]!));
    const intended = mayIntend && namesIntendedActivity(allSpans[index]!, text, lexicon, afterHeld);
    roled.push({ term: match.term, candidates, scenario: scenario || intended, role, unlisted, cue, intended, activity });
  }
  // "支付走银行", "我是中学老师,…", "朋友的…": categories that are someone else's, read against the others.
  const mentions = withOthersMentions(roled, inCompact, text, lexicon);
  return { subjectMatches, matches, spanOf, matchSpans, allSpans, inCompact, insideBodyName, mentions };
}

// Between a group's word and a category of it, what writes them as one name: "教育-培训机构", "金融业·银行".
const nameJoiner = /^[-－—–·・/\s]*$/u;

/**
 * "教育-培训机构", "金融业 银行": a group's word written before a category of its group, only a joiner between, is part of
 * that category's name, not a name of its own (the whole group).
 */
function withoutGroupPrefixes(matches: Array<TermMatch<VocabularyTarget>>, text: MatchableText): Array<TermMatch<VocabularyTarget>> {
  if (matches.length < 2) return matches;
  return matches.filter((match, index) => {
    const group = match.targets.length === 1 && match.targets[0]!.kind === "group" ? match.targets[0] : null;
    const next = matches[index + 1];
    if (!group || group.kind !== "group" || !next || scriptOf(next.term) !== scriptOf(match.term)) return true;
    const source = scriptOf(match.term) === "zh" ? text.compact : text.lower;
    if (!nameJoiner.test(source.slice(match.end, next.start))) return true;
    const nextIds = next.targets.flatMap((target) => (target.kind === "category" ? [target.id] : target.kind === "group" ? target.ids : []));
    return nextIds.length === 0 || !nextIds.every((id) => group.ids.includes(id));
  });
}

/** The script a term was matched in. */
export function scriptOf(term: string): Script {
  return containsHan(term) ? "zh" : "en";
}
