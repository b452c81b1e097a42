import type { Aspect } from "../lexicon/lexicon-schema.js";
import { mentionOfCategory, type Facts } from "../rules/rules-engine.js";
import { holdsCategory, optionsOf, type ProgramSegment } from "../understanding/program-segments.js";
import type { QuestionFrame } from "../understanding/question-frame.js";
import type { DialogueTopic } from "./dialogue-topic.js";

/** What a turn about several programs is: the facts to answer, and whether each program is answered on its own. */
export interface ProgramTurn {
  readonly facts: Facts;
  readonly programs: readonly ProgramSegment[];
  /** Each program is answered on its own ("客户的是X,我们自己的是Y", then "审核要多久"); else `facts` are the one pointed at. */
  readonly each: boolean;
  /** From the conversation, not the question. */
  readonly inherited: boolean;
  readonly aspects: readonly Aspect[];
}

/**
 * Pure: a message describing several programs, or a later one about them ("第二个呢", "客户那个审核要多久", "那资质
 * 呢"). Null when the turn is about no such programs: then the tracker reads it as it reads any other.
 */
export function programTurn(topic: DialogueTopic, frame: QuestionFrame, named: boolean, carried: readonly Aspect[]): ProgramTurn | null {
  if (frame.programs.length >= 2) {
    // "表姐公司是企业主体,…;我自己是个人认证的,我能弄吗": the one asked about answers; all stay for "那表姐那个呢".
    const asked = frame.askedProgram === null ? undefined : frame.programs[frame.askedProgram];
    if (asked) return { facts: factsOf(asked), programs: frame.programs, each: false, inherited: false, aspects: frame.aspects };
    return { facts: factsOfAll(frame.programs), programs: frame.programs, each: true, inherited: false, aspects: frame.aspects };
  }
  const programs = topic.programs;
  if (!programs || programs.length < 2) return null;
  // Described one message each by place: only a place points at one ("回到第一个客户"); naming a program of its own at a
  // place describes it (the tracker reads it as any other).
  if (topic.programsPlaced === true) {
    // A place after a list or a group's options shown is a place in them ("哪些能用插件" then "第二个呢") — not after the
    // programs' own categories weighed together ("这三个里哪个可以用原生组件" then "第一家呢").
    const ofPrograms = topic.categories.every((id) => programs.some((program) => program.categories.includes(id)));
    const listShown = topic.listedBy !== undefined || (topic.offered?.length ?? 0) > 0 || (topic.categories.length > 1 && !ofPrograms);
    // "回到刚才那家": the one described before the one talked about now (or after it, when that is the first).
    const current = programs.findIndex((program) => sameCategories(program.categories, topic.categories));
    const earlier = frame.backToProgram === "earlier" && current >= 0 ? (current > 0 ? current - 1 : programs.length > 1 ? 1 : -1) : -1;
    const place = frame.programPlace ?? (earlier >= 0 ? earlier : null);
    const placed = place !== null && !named && !listShown ? programs.at(place) : undefined;
    return placed ? { facts: { subject: frame.subject ?? placed.subject, mentions: placed.categories.map(mentionOfCategory), unlisted: [...(placed.unlisted ?? [])] }, programs, each: false, inherited: true, aspects: carried } : null;
  }
  const pointed = pointedProgram(programs, frame);
  if (pointed) {
    // "A那个如果再加上社交-直播呢", "第二个如果要提供股票交易呢": what the turn names is added to that program's; what it
    // takes away ("A那个去掉社交直播呢") is taken from it, and a subject it states ("第二个如果是个人主体的呢") is its own.
    const removed = new Set(frame.roled.filter((mention) => mention.role === "negated").flatMap((mention) => mention.candidates));
    // A name that points at the program ("驾校那个": 驾校 of its 驾校平台) adds nothing.
    const added = frame.mentions.filter((mention) => !mention.candidates.some((id) => holdsCategory(pointed, id))).flatMap((mention) => mention.candidates);
    const mentions = [...pointed.categories, ...added].filter((id) => !removed.has(id)).map(mentionOfCategory);
    // One described by a word of several categories ("一个是驾校") is answered with those options, as it was at first.
    return { facts: { subject: frame.subject ?? pointed.subject, mentions: [...optionsOf(pointed), ...mentions], unlisted: [...frame.unlisted] }, programs, each: false, inherited: true, aspects: carried };
  }
  // "为什么网课那个能用原生,驾校那个不行": each program named by what it holds ("网课" of one, "驾校" of the other) — each
  // answers, and they stay the programs.
  const namedEach = frame.mentions.length >= 2 && frame.mentions.every((mention) => programs.some((program) => mention.candidates.some((id) => holdsCategory(program, id))));
  if (namedEach && programs.every((program) => frame.mentions.some((mention) => mention.candidates.some((id) => holdsCategory(program, id))))) {
    return { facts: factsOfAll(programs), programs, each: true, inherited: true, aspects: carried };
  }
  if (named || frame.subject !== null) return null;
  // "那资质呢", "审核要多久": asked of them all, each answers. Not a list, another product or the document itself
  // ("哪些类目能用原生", "抖音能直播吗"): those are questions of their own.
  const ofTheirOwn = frame.aspects.includes("list") || frame.nearbyTopics.length > 0 || frame.aboutDocument;
  if (!ofTheirOwn && (frame.followUp || frame.short || frame.aspects.length > 0 || frame.askedMethod !== null)) {
    return { facts: factsOfAll(programs), programs, each: true, inherited: true, aspects: carried };
  }
  // "总结一下两个小程序": each program summed up on its own, for all that was asked of them.
  if (frame.asksSummary) {
    const found = (topic.askedSoFar ?? carried).filter((aspect) => aspect !== "choose" && aspect !== "list" && aspect !== "compare");
    return { facts: factsOfAll(programs), programs, each: true, inherited: true, aspects: found };
  }
  return null;
}

/**
 * The program a message points at: by its place ("第二个"), by the owner word it was described with ("客户那个"), or by
 * the subject only it has ("政府那个" when one program is government-certified).
 */
function pointedProgram(programs: readonly ProgramSegment[], frame: QuestionFrame): ProgramSegment | undefined {
  // Counted from the end too ("倒数第一个": -1).
  if (frame.programPlace !== null) return programs.at(frame.programPlace);
  // The owner said first, unless another owner stands right after it, a possessive at most between ("our client's" and
  // "我们的客户那个" point at the client's), and not one the message sets aside ("客户那个先不管,我们的呢", "我们的,不是客户
  // 的").
  const said = programs
    .map((program) => ({ program, ...ownerPosition(program.owner, frame) }))
    .filter((found) => found.at >= 0 && !setAside(found, frame))
    .sort((a, b) => a.at - b.at);
  const [first, next] = said;
  const gap = first !== undefined && next !== undefined && next.in === first.in ? next.in.slice(first.at + first.length, next.at).trim() : null;
  const joined = gap !== null && gap.length <= possessiveReach && !punctuation.test(gap);
  const owned = joined ? next : first;
  if (owned) return owned.program;
  // "那我们呢" after "咱们是…,合作方是…": any word of the asker's points at the one program the asker described as its own.
  if (frame.backToProgram === "own" || frame.ownProgram) {
    const own = programs.filter((program) => program.askersOwn === true);
    if (own.length === 1) return own[0];
  }
  // "K歌那个审核要多久", "保险那个资质几选一": what the message names is one program's alone — a word of several
  // categories, the one program holding any of them ("驾校那个" of the 驾校平台 client).
  const holding = frame.mentions.length === 0 ? [] : programs.filter((program) => frame.mentions.every((mention) => mention.candidates.some((id) => holdsCategory(program, id))));
  if (holding.length === 1) return holding[0];
  // "政府那个呢", "个人那个怎么办": the subject the pointer names, or the one the message says.
  const subject = frame.subject ?? frame.subjectPointer;
  const bySubject = subject === null ? [] : programs.filter((program) => program.subject === subject);
  if (bySubject.length === 1) return bySubject[0];
  // "企业那个" beside programs said to be personal or government: an enterprise's is the one program no such rule was said
  // of (an enterprise has none of its own: its categories decide).
  const withoutRule = subject === "enterprise" && bySubject.length === 0 ? programs.filter((program) => program.subject === null) : [];
  return withoutRule.length === 1 ? withoutRule[0] : undefined;
}

// Module-level: the bundler turns a \p{…} literal into a RegExp constructed on every call.
const punctuation = /\p{P}/u;

/** At most what stands between two owner words said as one ("的", "'s"): "我们的客户" is the client. */
const possessiveReach = 2;

interface OwnerSaid {
  readonly at: number;
  readonly length: number;
  /** The text `at` is in: the compact form for a Chinese owner, the lower-case one for an English one. */
  readonly in: string;
  readonly script: "zh" | "en";
}

/**
 * Where a message first says a program's owner word, in which text; -1 if not. In English a whole word, possibly with
 * its possessive s ("our" is not in "hour"; "ours" is our).
 */
function ownerPosition(owner: string, frame: QuestionFrame): OwnerSaid {
  const { compact, lower } = frame.normalized;
  if (owner === "") return { at: -1, length: 0, in: compact, script: "zh" };
  if (!/^[a-z]/u.test(owner)) return { at: compact.indexOf(owner), length: owner.length, in: compact, script: "zh" };
  const word = new RegExp(`\\b${owner.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}s?\\b`, "u").exec(lower);
  return { at: word?.index ?? -1, length: word?.[0].length ?? 0, in: lower, script: "en" };
}

/** Whether a set-aside word stands right after the owner (its program word or 的 at most between) or right before it. */
function setAside(owner: OwnerSaid, frame: QuestionFrame): boolean {
  const end = owner.at + owner.length;
  return (
    frame.setAsideAfter.some((hit) => hit.script === owner.script && hit.start >= end && hit.start - end <= setAsideReach) ||
    frame.setAsideBefore.some((hit) => hit.script === owner.script && hit.end <= owner.at && owner.at - hit.end <= setAsideReach)
  );
}

/** How far a set-aside word may stand from the owner ("客户那个先不管": 那个 between; "not the client's": 'the '). */
const setAsideReach = 4;

/** One program's facts, as it was described: its categories (or the options of its word of several), subject and names unlisted. */
function factsOf(program: ProgramSegment): Facts {
  return { subject: program.subject, mentions: [...optionsOf(program), ...program.categories.map(mentionOfCategory)], unlisted: [...(program.unlisted ?? [])] };
}

/** Every program's categories, weighed one against another rather than held together. */
function factsOfAll(programs: readonly ProgramSegment[]): Facts {
  const ids = [...new Set(programs.flatMap((program) => program.categories))];
  return { subject: null, mentions: ids.map(mentionOfCategory), unlisted: [], alternatives: true };
}

function sameCategories(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
