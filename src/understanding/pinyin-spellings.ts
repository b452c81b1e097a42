import { containsHan } from "../shared/han-script.js";
import { plainStyle, type PinyinModule } from "./pinyin-module.js";

/** A Chinese word the bot knows, and how much it weighs when another known word is spelt alike. */
export interface KnownChineseWord {
  readonly word: string;
  /** A name of the vocabulary (a category, group or subject word) rather than a cue. */
  readonly vocabulary: boolean;
}

/** A known word as its letters read it: where its syllables break, and how much it weighs against a word spelt alike. */
export interface Spelling {
  readonly word: string;
  /** Where each syllable after the first starts in the letters. */
  readonly breaks: readonly number[];
  readonly weight: number;
  readonly vocabulary: boolean;
}

// A word the vocabulary names outweighs every cue spelt alike; among cues, the one more lists hold.
const vocabularyWeight = 1000;

/** The known words and every reading of their characters, from one call of the pinyin module. */
export interface KnownReadings {
  /** Each known word, whether the vocabulary names it, and in how many lists it stands. */
  readonly counts: ReadonlyMap<string, { readonly vocabulary: boolean; readonly count: number }>;
  /** Each character's readings, the usual one first. */
  readonly readings: ReadonlyMap<string, readonly string[]>;
  /** How often each character stands in the known words, lists counted apart. */
  readonly characterCounts: ReadonlyMap<string, number>;
  readonly syllables: ReadonlySet<string>;
}

/** The known words' characters read by the pinyin module; null where it cannot load. */
export function knownReadings(words: Iterable<KnownChineseWord>, loadModule: () => PinyinModule | null): KnownReadings | null {
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

/** Each spelling of the known words, and the longest, for reading letters against them. */
export interface SpellingTable {
  readonly spellings: ReadonlyMap<string, Spelling>;
  readonly longest: number;
}

export function spellingTable({ counts, readings, characterCounts }: KnownReadings): SpellingTable {
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

function isAllHan(word: string): boolean {
  for (const character of word) if (!containsHan(character)) return false;
  return word.length > 0;
}
