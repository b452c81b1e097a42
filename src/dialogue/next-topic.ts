import type { CategoryId } from "../rules/rules-schema.js";
import { withFields } from "../shared/with-fields.js";
import { hasContent, type DialogueTopic } from "./dialogue-topic.js";
import { interruptedTopic } from "./interruptions.js";
import { actualAfter, addedBy } from "./suppositions.js";
import type { TurnFacts } from "./turn-facts.js";
import type { ProgramSegment } from "../understanding/program-segments.js";

/** The topic a turn leaves behind: verdict answers set it, the rest keep the last one or clear it. */
export function nextTopic(current: DialogueTopic, turn: TurnFacts, resolved: DialogueTopic | null): DialogueTopic {
  // A turn that takes up an interrupted topic goes on from it.
  const topic = turn.resumes && current.interrupted ? current.interrupted : current;
  if (turn.source === "new-topic" && !resolved) {
    const left = interruptedTopic(topic, turn.aboutOtherProduct === true);
    return turn.businessUnlisted === true ? withFields(left, { businessUnlisted: true }) : left;
  }
  const aspects = turn.aspects.length > 0 ? turn.aspects : topic.aspects ?? [];
  const notHeld = turn.notHeld.length > 0 ? turn.notHeld : turn.source === "inherited" ? topic.notHeld ?? [] : [];
  // Built field by field: `topic` is often the whole conversation state (citations, history), and spreading objects of
  // many shapes sends V8 down its slowest copying path on every answer.
  const kept = turn.compares ? topic : resolved ?? topic;
  // A turn about a new program keeps the one before for "那我们呢"; going back swaps the two; the rest keep both.
  const switches = turn.program !== undefined && turn.program !== "same" && turn.source !== "none";
  const otherProgram = switches ? (programBefore(topic) ?? askersOwnProgram(turn)) : topic.otherProgram;
  const aboutAnother = turn.program === "another" ? true : turn.program === "own" ? false : turn.program === "back" ? !topic.aboutAnother : topic.aboutAnother === true;
  // "我们其实是民营的": a category the turn's words rule out as things are is no longer the topic's, so "那用哪种方式接入"
  // after it does not answer it; what was held before is kept to go back to ("按现状说"). Only supposed ("我们要是没有线下
  // 校区呢"), it stays.
  const ruledOut = new Set(turn.ruledOutForNow === true ? (turn.ruledOut ?? []).map(({ id }) => id) : []);
  const categories = ruledOut.size > 0 ? kept.categories.filter((id) => !ruledOut.has(id)) : kept.categories;
  const programs = programsAfter(topic, turn, resolved, kept);
  return {
    categories,
    subject: kept.subject,
    unlisted: kept.unlisted,
    aspects,
    notHeld,
    qualificationGroups: turn.qualificationGroups,
    notFor: turn.notFor ?? [],
    subjectStated: turn.subjectStated,
    aboutAnother,
    otherProgram,
    actual: ruledOut.size > 0 ? (topic.actual ?? { categories: kept.categories, subject: kept.subject, unlisted: kept.unlisted }) : actualAfter(topic, turn, switches),
    lastAdded: addedBy(topic, turn, kept),
    // Still waiting while nothing else became the topic ("那审核要多久" with nothing to go on).
    interrupted: hasContent(kept) ? undefined : topic.interrupted,
    interruptedByProduct: hasContent(kept) ? undefined : topic.interruptedByProduct,
    chosen: turn.chosen === true && resolved !== null,
    alternatives: kept.alternatives === true,
    programs: programs.programs,
    programsPlaced: programs.programsPlaced,
    offered: resolved?.offered,
    offeredBy: resolved?.offeredBy,
    pair: pairAfter(topic, turn, kept),
    recent: recentAfter(topic, turn, kept, switches),
    // A new program starts afresh, as its recent categories do, and so does a correction of what was talked about.
    askedSoFar: [...new Set([...(switches || turn.corrects === true ? [] : (topic.askedSoFar ?? [])), ...aspects])],
    // "不对,我们是驾校培训": the category corrected away is not pointed at again by a word of its name.
    pairByCorrection: turn.corrects === true || (turn.source !== "question" && topic.pairByCorrection === true),
    ...(turn.activityOf !== undefined ? { activityOf: turn.activityOf } : {}),
    apart: kept.apart === true,
    // Kept only while the turns still ask about that business.
    businessUnlisted: turn.businessUnlisted,
    refused: turn.refusal,
  };
}

/**
 * The two categories talked about last, in order, after the turn: those of a topic weighed together, or one replaced
 * by another on the same program ("多方通信呢" after 音视频设备); kept while the topic stays one of them ("前者呢" points
 * inside the pair), dropped when it leaves them. After one was picked from a longer list told apart ("金融类哪些能用原生"
 * then "第四个呢"), the whole list, so "那第十个呢" still counts in it.
 */
function pairAfter(topic: DialogueTopic, turn: TurnFacts, kept: DialogueTopic): readonly CategoryId[] | undefined {
  const [only] = kept.categories;
  if (kept.categories.length === 2) return kept.categories;
  // "公募基金也一样吗" after 私募基金: the one compared with is not taken on, but the two were weighed ("这俩哪个要求多").
  const weighed = comparedIn(turn);
  if (weighed.length === 2) return weighed;
  if (kept.categories.length !== 1 || only === undefined) return undefined;
  const toldApart = topic.categories.length === 2 || topic.apart === true || topic.alternatives === true;
  if (topic.categories.length >= 2 && toldApart && topic.categories.includes(only)) return topic.categories;
  if (topic.pair?.includes(only)) return topic.pair;
  // "用插件的有哪些" then "第5个呢": the document's list as shown stays what later places count in ("最后那个呢").
  const shown = topic.listedBy?.order ?? [];
  if (topic.categories.length === 0 && shown.includes(only)) return shown;
  // …as do a group's options shown ("教育类哪些要用插件" then "第二个…" then "最后一个呢").
  const offered = topic.offered ?? [];
  if (topic.categories.length === 0 && offered.length > 2 && offered.includes(only)) return offered;
  const sameProgram = turn.program === undefined || turn.program === "same";
  const [before] = topic.categories;
  return turn.source === "question" && sameProgram && topic.categories.length === 1 && before !== undefined && before !== only ? [before, only] : undefined;
}

// "这几个" points at a few: more than that were talked about too long ago to be meant.
const recentLimit = 6;

/** The categories talked about on this program after the turn, the last few in the order first talked about. */
function recentAfter(topic: DialogueTopic, turn: TurnFacts, kept: DialogueTopic, switches: boolean): readonly CategoryId[] {
  // Not those the turn says are not held ("信托去掉了").
  const before = switches || turn.corrects === true ? [] : (topic.recent ?? topic.categories).filter((id) => !turn.notHeld.includes(id));
  const added = [...new Set([...kept.categories, ...comparedIn(turn)])].filter((id) => !before.includes(id));
  return added.length === 0 ? before : [...before, ...added].slice(-recentLimit);
}

/** The categories a turn compares (the topic's and the one it is weighed against), each named outright. */
function comparedIn(turn: TurnFacts): readonly CategoryId[] {
  if (turn.compares !== true) return [];
  return [...new Set(turn.facts.mentions.filter((mention) => mention.candidates.length === 1).map((mention) => mention.candidates[0]!))];
}

/** The asker's own program as said beside another's the turn is about: its subject and categories, as said. */
function askersOwnProgram(turn: TurnFacts): DialogueTopic | undefined {
  if (turn.askersOwnSubject === undefined && turn.askersOwnCategories === undefined) return undefined;
  return { categories: turn.askersOwnCategories ?? [], subject: turn.askersOwnSubject ?? null, unlisted: [], subjectStated: turn.askersOwnSubject !== undefined, aboutAnother: false };
}

/** The topic as the program before another one: what was said of it, without a program before it in turn. */
function programBefore(topic: DialogueTopic): DialogueTopic | undefined {
  if (topic.categories.length === 0 && topic.unlisted.length === 0 && topic.subject === null) return undefined;
  return { categories: topic.categories, subject: topic.subject, unlisted: topic.unlisted, subjectStated: topic.subjectStated === true, aboutAnother: topic.aboutAnother === true };
}

/**
 * "想做宠物生活直播" then "如果以后加了带货呢", answered with 社交-直播 and a pointer to 电商平台 by what is streamed: the two
 * categories the answer spoke of are the pair "那两个都有的话" points at. Only one pointed to beside one category.
 */
export function withPointedPair(topic: DialogueTopic, pointedTo: readonly CategoryId[]): DialogueTopic {
  // "取消實體教室,全部改線上呢" after 培训机构: the category the asker no longer fits, with the one pointed to instead.
  const held = topic.categories.length > 0 ? topic.categories : (topic.notHeld ?? []);
  const [only] = held;
  const [pointed] = pointedTo;
  if (held.length !== 1 || pointedTo.length !== 1 || only === undefined || pointed === undefined || pointed === only) return topic;
  return { ...topic, pair: [only, pointed] };
}

/**
 * The programs after a turn, and whether they were described one message each by place: those the turn described or
 * pointed among; else, in that mode, those with the one the turn describes at its place — kept through the turns between
 * ("那资质几选一" about the one talked about).
 */
function programsAfter(topic: DialogueTopic, turn: TurnFacts, resolved: DialogueTopic | null, kept: DialogueTopic): Pick<DialogueTopic, "programs" | "programsPlaced"> {
  if (turn.programs !== undefined) return { programs: turn.programs, programsPlaced: turn.programsPlaced === true };
  const placed = topic.programsPlaced === true;
  // A first place said again starts the programs afresh ("第一个是…" of another set of clients).
  if (turn.placedProgram !== undefined && resolved) {
    return { programs: withProgramAt(turn.placedProgram === 0 || !placed ? [] : (topic.programs ?? []), turn.placedProgram, kept), programsPlaced: true };
  }
  return placed ? { programs: topic.programs, programsPlaced: true } : { programs: undefined, programsPlaced: false };
}

/**
 * The programs described one message each, with the one a turn describes at its place ("第三个是一家银行": the third).
 * Only a place said before or the next one: a place further on leaves the programs as they were, so every place
 * counts what was said at it.
 */
function withProgramAt(programs: readonly ProgramSegment[], place: number, topic: DialogueTopic): readonly ProgramSegment[] {
  if (place > programs.length) return programs;
  const placed: ProgramSegment[] = [...programs];
  placed[place] = { label: "", owner: "", categories: topic.categories, subject: topic.subject, unlisted: topic.unlisted };
  return placed;
}
