import { containsHan } from "../shared/han-script.js";
import { pinyinModule, type PinyinModule } from "./pinyin-module.js";
import { knownReadings, spellingTable, type KnownChineseWord, type KnownReadings, type Spelling, type SpellingTable } from "./pinyin-spellings.js";

/** Reads a message typed in pinyin back into the Chinese words the bot knows; null when it is no such message. */
export type PinyinInputReader = (text: string) => string | null;

// A syllable left unread costs as much as several words read, so a reading by known words wins wherever there is one.
const unreadSyllableCost = 4;
// A group of letters read as nothing at all.
const unreadGroupCost = 2 * unreadSyllableCost;
// Of a message's syllables, at most this share may be left unread for it to count as pinyin.
const unreadShareAllowed = 1 / 3;

/**
 * "gongmu jijin leimu neng zhibo ma", "shejiao zhibo shenhe duojiu": a question typed without a Chinese input method
 * names categories the bot knows only in their pinyin. Its letters are read as the known words spelt so (tones aside):
 * the vocabulary's names and the lexicon's Chinese cues, with `@napi-rs/pinyin` giving each character's readings. A
 * space the asker typed may only fall between two syllables of a word. The message counts as pinyin only when at
 * most a third of its syllables are left unread (a group of letters that is no syllable, "live", counts as one) and
 * one word read is a vocabulary name — so English ("can a bank use live-pusher") is never read so. Words the bot does
 * not know stay in letters.
 * The known words' spellings are worked out at the first message whose letter groups are mostly shaped as pinyin
 * syllables (~60 ms once), so English naming nothing ("hello", "thanks", "what now") costs nothing of it.
 */
export function pinyinInputReader(knownWords: () => Iterable<KnownChineseWord>, loadModule: () => PinyinModule | null = pinyinModule): PinyinInputReader {
  let known: KnownReadings | null | undefined;
  let table: SpellingTable | undefined;
  return (text) => {
    if (containsHan(text) || !/[a-z]/iu.test(text)) return null;
    const runs = letterRuns(text);
    if (!mostlySyllables(runs)) return null;
    if (known === undefined) known = knownReadings(knownWords(), loadModule);
    if (known === null) return null;
    table ??= spellingTable(known);
    const { spellings, longest } = table;
    let usedVocabulary = false;
    let syllableCount = 0;
    let unread = 0;
    const out: string[] = [];
    for (const run of runs) {
      if (run.kind === "other") {
        out.push(run.text);
        continue;
      }
      const letters = run.groups.join("");
      // Where the asker's spaces fall in the letters: a word read may not straddle one except between its syllables.
      const spaces = new Set<number>();
      let at = 0;
      for (const group of run.groups.slice(0, -1)) spaces.add((at += group.length));
      const read = readLetters(letters, spaces, spellings, known.syllables, longest);
      for (const step of read) {
        syllableCount += step.syllables;
        if (step.spelling === null) unread += step.syllables;
        else usedVocabulary ||= step.spelling.vocabulary;
      }
      out.push(joinRead(read));
    }
    if (!usedVocabulary || syllableCount === 0 || unread > syllableCount * unreadShareAllowed) return null;
    // Punctuation stays against what it follows.
    return out.reduce((joined, part) => (joined === "" || /^[^a-z0-9\p{Script=Han}]/u.test(part) ? joined + part : `${joined} ${part}`), "").trim();
  };
}

type LetterRun = { readonly kind: "letters"; readonly groups: readonly string[] } | { readonly kind: "other"; readonly text: string };

/**
 * The message as runs of letter groups, split by a word of anything else ("live-pusher", "3选1"), which stays as
 * typed; punctuation ending a group ends the run there too ("zhibo ma?").
 */
function letterRuns(text: string): LetterRun[] {
  const runs: LetterRun[] = [];
  let groups: string[] = [];
  const endRun = () => {
    if (groups.length > 0) runs.push({ kind: "letters", groups });
    groups = [];
  };
  for (const token of text.toLowerCase().split(/\s+/u)) {
    if (token === "") continue;
    const [, letters = "", after = ""] = /^([a-z]*)(.*)$/u.exec(token)!;
    if (letters === "" || /[a-z]/u.test(after)) {
      endRun();
      runs.push({ kind: "other", text: token });
      continue;
    }
    groups.push(letters);
    if (after !== "") {
      endRun();
      runs.push({ kind: "other", text: after });
    }
  }
  endRun();
  return runs;
}

// The longest syllable (zhuang, shuang).
const longestSyllable = 6;
// How a pinyin syllable is built: an initial (zh, ch, sh or one consonant), one to three vowels, then n, ng or r at
// most. Looser than the syllables there are, and enough to tell "hello", "thanks" or "ok" from pinyin.
const syllableShape = /^(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]{1,3}(?:ng|n|r)?$/u;

/** Whether at least two thirds of the message's letter groups are runs of syllable shapes ("hello" and "thanks" are not). */
function mostlySyllables(runs: readonly LetterRun[]): boolean {
  let groups = 0;
  let spelt = 0;
  for (const run of runs) {
    if (run.kind !== "letters") continue;
    for (const group of run.groups) {
      groups += 1;
      const reachable = [true];
      for (let start = 0; start < group.length; start += 1) {
        if (!reachable[start]) continue;
        for (let end = start + 1; end <= Math.min(group.length, start + longestSyllable); end += 1) if (syllableShape.test(group.slice(start, end))) reachable[end] = true;
      }
      if (reachable[group.length]) spelt += 1;
    }
  }
  return spelt > 0 && spelt * 3 >= groups * 2;
}

interface ReadStep {
  readonly letters: string;
  readonly spelling: Spelling | null;
  readonly syllables: number;
}

/**
 * The cheapest reading of a run of letters: known words at one each, a syllable no known word covers at
 * `unreadSyllableCost`, a whole group of letters that is neither ("live", "ok") at twice that, kept as typed.
 */
function readLetters(letters: string, spaces: ReadonlySet<number>, spellings: ReadonlyMap<string, Spelling>, syllables: ReadonlySet<string>, longest: number): ReadStep[] {
  const cost: number[] = new Array(letters.length + 1).fill(Number.POSITIVE_INFINITY);
  const back: Array<ReadStep | null> = new Array(letters.length + 1).fill(null);
  cost[0] = 0;
  const groupEnds = [...spaces, letters.length].sort((a, b) => a - b);
  for (let start = 0; start < letters.length; start += 1) {
    if (cost[start] === Number.POSITIVE_INFINITY) continue;
    if (start === 0 || spaces.has(start)) {
      const end = groupEnds.find((at) => at > start)!;
      if (cost[start]! + unreadGroupCost < cost[end]!) {
        cost[end] = cost[start]! + unreadGroupCost;
        back[end] = { letters: letters.slice(start, end), spelling: null, syllables: 1 };
      }
    }
    for (let end = start + 1; end <= Math.min(letters.length, start + longest); end += 1) {
      const slice = letters.slice(start, end);
      const spelling = spellings.get(slice);
      const step: ReadStep | null = spelling && straddlesOnlyBreaks(start, end, spelling.breaks, spaces) ? { letters: slice, spelling, syllables: spelling.breaks.length + 1 } : null;
      if (step && cost[start]! + 1 < cost[end]!) {
        cost[end] = cost[start]! + 1;
        back[end] = step;
      }
      if (syllables.has(slice) && !straddlesSpace(start, end, spaces) && cost[start]! + unreadSyllableCost < cost[end]!) {
        cost[end] = cost[start]! + unreadSyllableCost;
        back[end] = { letters: slice, spelling: null, syllables: 1 };
      }
    }
  }
  const steps: ReadStep[] = [];
  for (let end = letters.length; end > 0; ) {
    const step = back[end]!;
    steps.unshift(step);
    end -= step.letters.length;
  }
  return steps;
}

function straddlesOnlyBreaks(start: number, end: number, breaks: readonly number[], spaces: ReadonlySet<number>): boolean {
  for (const space of spaces) if (space > start && space < end && !breaks.includes(space - start)) return false;
  return true;
}

function straddlesSpace(start: number, end: number, spaces: ReadonlySet<number>): boolean {
  for (const space of spaces) if (space > start && space < end) return true;
  return false;
}

/** Known words as written, unread syllables in letters with a space either side. */
function joinRead(steps: readonly ReadStep[]): string {
  let text = "";
  for (const step of steps) {
    if (step.spelling) text += step.spelling.word;
    else text += `${text === "" || text.endsWith(" ") ? "" : " "}${step.letters} `;
  }
  return text.trim();
}

