import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { escapeRegExp as escape } from "../shared/escape-reg-exp.js";
import { clauseAround, matchable, sourceOf } from "./clauses.js";
import { compactForMatching } from "./normalize-question.js";

/** A review time the asker puts ("审核是3天对吧"): as written, and in days. */
export interface ClaimedDuration {
  readonly written: string;
  readonly days: number;
  /** Working days ("15个工作日"): `days` of them span that many days or more, up to a 5-in-7 week's. */
  readonly working: boolean;
}

interface DurationPatterns {
  readonly chinese: RegExp;
  readonly english: RegExp;
  /** The numeral character worth ten (lexicon numerals: 十), which places tens before it and ones after it. */
  readonly tenMark: string;
}

const patterns = new WeakMap<Lexicon, DurationPatterns>();

function patternsOf(lexicon: Lexicon): DurationPatterns {
  let made = patterns.get(lexicon);
  if (!made) {
    const { numerals, zh, en, workingDays } = lexicon.data.claimedDuration;
    const longestFirst = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");
    const hanNumerals = Object.keys(numerals).filter((word) => !/^[a-z]+$/u.test(word)).map(escape).join("");
    const latinNumerals = Object.keys(numerals).filter((word) => /^[a-z]+$/u.test(word));
    made = {
      // "3天", "两周", "十五天", "一个星期": digits or numeral characters, 个 at most, a unit.
      chinese: new RegExp(`(\\d+|[${hanNumerals}]+)个?(${longestFirst([...Object.keys(zh), ...workingDays.zh])})`, "gu"),
      english: new RegExp(`\\b(\\d+|${longestFirst(latinNumerals)})[\\s-]+(${longestFirst([...Object.keys(en), ...workingDays.en])})\\b`, "gu"),
      tenMark: Object.keys(numerals).find((word) => numerals[word] === 10 && !/^[a-z]+$/u.test(word)) ?? "",
    };
    patterns.set(lexicon, made);
  }
  return made;
}

/** "十五" 15, "二十" 20, "三" 3: numeral characters as a number, `tenMark` the one worth ten; NaN when they make none. */
function hanNumber(written: string, numerals: Readonly<Record<string, number>>, tenMark: string): number {
  const ten = tenMark === "" ? -1 : written.indexOf(tenMark);
  if (ten < 0) return written.length === 1 ? (numerals[written] ?? Number.NaN) : Number.NaN;
  const tens = ten === 0 ? 1 : written.length > 0 && ten === 1 ? (numerals[written[0]!] ?? Number.NaN) : Number.NaN;
  const ones = ten === written.length - 1 ? 0 : ten === written.length - 2 ? (numerals[written[ten + 1]!] ?? Number.NaN) : Number.NaN;
  return tens * 10 + ones;
}

/** A time written in a text (lexicon claimedDuration): as written, in days, and where. */
interface FoundDuration extends ClaimedDuration {
  /** The unit as written ("天", "个月", "weeks"). */
  readonly unit: string;
  readonly script: "zh" | "en";
  readonly start: number;
  readonly end: number;
}

/** Every time written in the text, Chinese in `compact`, English in `lower`, in order. */
function* durationsIn(text: MatchableText, lexicon: Lexicon): Generator<FoundDuration> {
  const { numerals, zh, en, workingDays } = lexicon.data.claimedDuration;
  const { chinese, english, tenMark } = patternsOf(lexicon);
  for (const [script, source, pattern, units] of [["zh", text.compact, chinese, zh], ["en", text.lower, english, en]] as const) {
    pattern.lastIndex = 0;
    for (let found = pattern.exec(source); found !== null; found = pattern.exec(source)) {
      const [written, count, unit] = found as unknown as [string, string, string];
      const number = /^\d+$/u.test(count) ? Number(count) : script === "zh" ? hanNumber(count, numerals, tenMark) : (numerals[count] ?? Number.NaN);
      const working = workingDays[script].includes(unit);
      if (Number.isFinite(number)) yield { written, days: number * (working ? 1 : units[unit]!), working, script, start: found.index, end: found.index + written.length, unit };
    }
  }
}

/**
 * "社交直播审核是3天对吧", "review takes about a week, right?": the review time a question puts, in a clause that asks the
 * review (the aspect's cues) — not "审核要多久,我们3天后上线", whose days are the asker's plans. Null when none.
 */
export function claimedReviewDuration(text: MatchableText, lexicon: Lexicon): ClaimedDuration | null {
  const reviewCues = lexicon.aspects.get("review")!.find(text);
  for (const found of durationsIn(text, lexicon)) {
    const source = sourceOf(text, found.script);
    const clause = clauseAround(source, found, lexicon.roles.clauseBreaks, text);
    // A cue of its own ("3 days" holds "days") asks nothing: another in the clause must.
    const asks = (cue: (typeof reviewCues)[number]) => cue.script === found.script && cue.start >= clause.start && cue.end <= clause.end && (cue.end <= found.start || cue.start >= found.end);
    if (reviewCues.some(asks)) return { written: found.written, days: found.days, working: found.working };
  }
  return null;
}

/**
 * "不是3天吗", "我记得是5天", "明明写的一周": the first length of time a message says, for a message that names nothing and
 * asks nothing else — the review's is the only time the document gives. Not a time from now ("3天后上线", lexicon
 * claimedDuration.fromNow). Null when none.
 */
export function durationSaid(text: MatchableText, lexicon: Lexicon): ClaimedDuration | null {
  const { fromNow, dateUnits } = lexicon.data.claimedDuration;
  for (const found of durationsIn(text, lexicon)) {
    // "10月20号": a date, not a length.
    if (dateUnits[found.script].includes(found.unit)) continue;
    const after = sourceOf(text, found.script).slice(found.end).trimStart();
    if (fromNow[found.script].some((mark) => after.startsWith(mark) && (found.script === "zh" || !/^[a-z]/u.test(after.slice(mark.length))))) continue;
    return { written: found.written, days: found.days, working: found.working };
  }
  return null;
}

/** The days of the first time a text of the document writes ("预计审核时长7天左右": 7); null when it writes none. */
export function daysWritten(text: string, lexicon: Lexicon): number | null {
  for (const found of durationsIn(matchable(compactForMatching(text.toLowerCase()), "zh"), lexicon)) return found.days;
  return null;
}
