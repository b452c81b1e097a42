import { containsHan } from "../shared/han-script.js";
import { pinyinModule, plainStyle, type PinyinModule } from "./pinyin-module.js";

/** A Chinese word the bot knows, and how much it weighs when another known word is spelt alike. */
export interface KnownChineseWord {
  readonly word: string;
  /** A name of the vocabulary (a category, group or subject word) rather than a cue. */
  readonly vocabulary: boolean;
}

/** Reads a message typed in pinyin back into the Chinese words the bot knows; null when it is no such message. */
export type PinyinInputReader = (text: string) => string | null;

interface Spelling {
  readonly word: string;
  /** Where each syllable after the first starts in the letters. */
  readonly breaks: readonly number[];
  readonly weight: number;
  readonly vocabulary: boolean;
}

// A word the vocabulary names outweighs every cue spelt alike; among cues, the one more lists hold.
const vocabularyWeight = 1000;
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

interface KnownReadings {
  /** Each known word, whether the vocabulary names it, and in how many lists it stands. */
  readonly counts: ReadonlyMap<string, { readonly vocabulary: boolean; readonly count: number }>;
  /** Each character's readings, the usual one first. */
  readonly readings: ReadonlyMap<string, readonly string[]>;
  /** How often each character stands in the known words, lists counted apart. */
  readonly characterCounts: ReadonlyMap<string, number>;
  readonly syllables: ReadonlySet<string>;
}

function knownReadings(words: Iterable<KnownChineseWord>, loadModule: () => PinyinModule | null): KnownReadings | null {
  const module = loadModule();
  if (module === null) return null;
  const counts = new Map<string, { vocabulary: boolean; count: number }>();
  const characterCounts = new Map<string, number>();
  for (const { word, vocabulary } of words) {
    if (!isAllHan(word)) continue;
    for (const character of word) characterCounts.set(character, (characterCounts.get(character) ?? 0) + 1);
    const entry = counts.get(word);
    if (entry) {
      entry.vocabulary ||= vocabulary;
      entry.count += 1;
    } else counts.set(word, { vocabulary, count: 1 });
  }
  // Every reading of every character, in one call (a call per word cost ~25 ms for the lexicon's words; this ~2 ms).
  const characters = [...new Set([...counts.keys()].join(""))];
  const lists = module.pinyin(characters.join(""), { heteronym: true, style: plainStyle }) as string[][];
  if (lists.length !== characters.length) return null;
  const readings = new Map<string, string[]>();
  const syllables = new Set<string>();
  characters.forEach((character, index) => {
    const own = [...new Set(lists[index]!.map((reading) => reading.toLowerCase()))].filter((reading) => /^[a-z]+$/u.test(reading));
    readings.set(character, own);
    for (const syllable of own) syllables.add(syllable);
  });
  return { counts, readings, characterCounts, syllables };
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

interface SpellingTable {
  readonly spellings: ReadonlyMap<string, Spelling>;
  readonly longest: number;
}

function spellingTable({ counts, readings, characterCounts }: KnownReadings): SpellingTable {
  const spellings = new Map<string, Spelling>();
  let longest = 0;
  const add = (word: string, spelt: readonly string[], weight: number, vocabulary: boolean) => {
    let letters = "";
    const breaks: number[] = [];
    for (let index = 0; index < spelt.length; index += 1) {
      if (index > 0) breaks.push(letters.length);
      letters += spelt[index];
    }
    const existing = spellings.get(letters);
    // Alike in letters: the heavier word; equally heavy, the longer (fewer syllables each).
    if (!existing || weight > existing.weight || (weight === existing.weight && word.length > existing.word.length)) spellings.set(letters, { word, breaks, weight, vocabulary });
    if (letters.length > longest) longest = letters.length;
  };
  for (const [word, { vocabulary, count }] of counts) {
    const perCharacter: Array<readonly string[]> = [];
    for (const character of word) perCharacter.push(readings.get(character) ?? []);
    if (perCharacter.some((list) => list.length === 0)) continue;
    // A character alone weighs as often as the lexicon writes it, in longer cues too: "ma" is 吗 (能吗, 可以吗…), not
    // the 嘛 a few lists hold alone.
    const weight = (vocabulary ? vocabularyWeight : 0) + (word.length === 1 ? (characterCounts.get(word) ?? count) : count);
    add(word, perCharacter.map((list) => list[0]!), weight, vocabulary);
    // A name's other readings of a polyphone (银行's hang beside xing) weigh a little less, so a word spelt so by its
    // usual readings wins a tie. Cues keep their usual readings: they are many, and a wrong one costs little.
    if (!vocabulary) continue;
    perCharacter.forEach((list, position) => {
      for (const other of list.slice(1)) add(word, perCharacter.map((each, index) => (index === position ? other : each[0]!)), weight - 0.5, vocabulary);
    });
  }
  return { spellings, longest };
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

function isAllHan(word: string): boolean {
  for (const character of word) if (!containsHan(character)) return false;
  return word.length > 0;
}
