import { readFile } from "node:fs/promises";
import { writeFileAside } from "../config/write-file-aside.js";
import { codePointCount } from "../shared/end-of-first-code-points.js";
import { readDictionaryText } from "./dictionary-text.js";

const unknownRange = -1;
// Ranges are packed into one number: positions stay below 2^26 (a dictionary of 67 million words).
const rangeScale = 2 ** 26;
const maximumPairRanges = 100_000;

/**
 * jieba's dictionary (with the domain's words merged in) in a form that loads in milliseconds: words sorted by
 * UTF-16 code units, looked up by binary search. Loading jieba's own dictionary costs ~180 ms and 37 MiB a start;
 * a question needs only the few dictionary words that occur in it (see tokenizer.ts).
 */
export class CompactDictionary {
  /** For each first character (code unit) met so far, its words' range [low, high); unknownRange until then. */
  private readonly firstLows = new Int32Array(0x10000).fill(unknownRange);
  private readonly firstHighs = new Int32Array(0x10000);
  /** For each pair of first code units met so far (first × 65536 + second), its words' range as low × rangeScale + high. */
  private readonly pairRanges = new Map<number, number>();

  private constructor(
    /** Sum of all frequencies: jieba's word probabilities are frequency / total. */
    readonly total: number,
    /** Longest word, in code points. */
    readonly maxLength: number,
    private readonly offsets: Uint32Array,
    private readonly frequencies: Uint32Array,
    private readonly characters: string,
  ) {}

  get size(): number {
    return this.frequencies.length;
  }

  /** How many first-two-character ranges are kept now (never more than maximumPairRanges). */
  get cachedPairRanges(): number {
    return this.pairRanges.size;
  }

  /** The word's frequency, or undefined when the dictionary does not hold it. */
  frequency(word: string): number | undefined {
    let low = 0;
    let high = this.frequencies.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const candidate = this.characters.slice(this.offsets[middle]!, this.offsets[middle + 1]!);
      if (candidate === word) return this.frequencies[middle];
      if (candidate < word) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  /**
   * Calls `visit` for every dictionary word that starts at code unit `start` of `text`, shortest first.
   * Words are sorted, so those sharing a prefix form one range; each further character narrows that range by
   * binary search, and the walk stops as soon as no word continues the prefix — a question costs a few
   * comparisons per character, with no substring made except for the words found.
   */
  wordsAt(text: string, start: number, visit: (word: string, frequency: number) => void): void {
    if (start < text.length) this.walk(text, start, start + 1, null, visit);
  }

  /**
   * As wordsAt at every position of `text` in turn, but only for words not marked in `seen` (one byte per dictionary
   * word, `size` long), which it marks: a word met again costs no substring and no hashing, so reading a text whose
   * words are all loaded is cheap. One call for the whole text (see walk).
   */
  unseenWordsIn(text: string, seen: Uint8Array, visit: (word: string, frequency: number) => void): void {
    this.walk(text, 0, text.length, seen, visit);
  }

  /**
   * The words starting at each position in [from, to) of `text`, position by position (see wordsAt). One loop, no
   * call per position: until V8 optimises the walk, a call per position cost as much as the position's search.
   */
  private walk(text: string, from: number, to: number, seen: Uint8Array | null, visit: (word: string, frequency: number) => void): void {
    // Fields read once into locals: until V8 optimises this loop, every `this.…` read is a property lookup.
    const { offsets, characters, firstLows, firstHighs, pairRanges } = this;
    const count = this.frequencies.length;
    const length = text.length;
    for (let start = from; start < to; start += 1) {
      // The first character's range is the widest search (~19 steps over every word): kept once found.
      const first = text.charCodeAt(start);
      let low = firstLows[first]!;
      let high: number;
      if (low === unknownRange) {
        low = firstFrom(offsets, characters, 0, count, 0, first);
        high = firstFrom(offsets, characters, low, count, 0, first + 1);
        firstLows[first] = low;
        firstHighs[first] = high;
      } else {
        high = firstHighs[first]!;
      }
      if (low < high && offsets[low + 1]! - offsets[low]! === 1) this.found(text, start, start + 1, low, seen, visit);
      if (start + 1 >= length || low >= high) continue;
      // The first two characters' range is the next widest search (~10 steps twice): kept too, by the pair.
      const second = text.charCodeAt(start + 1);
      const pair = first * 0x10000 + second;
      const known = pairRanges.get(pair);
      if (known === undefined) {
        low = firstFrom(offsets, characters, low, high, 1, second);
        high = firstFrom(offsets, characters, low, high, 1, second + 1);
        // Bounded: a server reading many long questions meets ever more pairs.
        if (pairRanges.size >= maximumPairRanges) pairRanges.clear();
        pairRanges.set(pair, low * rangeScale + high);
      } else {
        low = Math.floor(known / rangeScale);
        high = known - low * rangeScale;
      }
      if (low < high && offsets[low + 1]! - offsets[low]! === 2) this.found(text, start, start + 2, low, seen, visit);
      for (let end = start + 2; end < length && low < high; end += 1) {
        const code = text.charCodeAt(end);
        const depth = end - start;
        // Inside [low, high) every word starts with text[start, end); order them by their character at `depth`.
        low = firstFrom(offsets, characters, low, high, depth, code);
        high = firstFrom(offsets, characters, low, high, depth, code + 1);
        if (low < high && offsets[low + 1]! - offsets[low]! === depth + 1) this.found(text, start, end + 1, low, seen, visit);
      }
    }
  }

  private found(text: string, start: number, end: number, position: number, seen: Uint8Array | null, visit: (word: string, frequency: number) => void): void {
    if (seen) {
      if (seen[position] === 1) return;
      seen[position] = 1;
    }
    visit(text.slice(start, end), this.frequencies[position]!);
  }

  /** From jieba's dictionary text ("word frequency tag" lines) and the words added on top with their frequency. */
  static fromText(dictionaryText: string, extraWords: ReadonlyMap<string, number>): CompactDictionary {
    const { words, frequencies } = readDictionaryText(dictionaryText, extraWords);
    const offsets = new Uint32Array(words.length + 1);
    const counts = Uint32Array.from(frequencies);
    let total = 0;
    let maxLength = 0;
    let position = 0;
    for (let index = 0; index < words.length; index += 1) {
      const word = words[index]!;
      offsets[index] = position;
      position += word.length;
      total += counts[index]!;
      maxLength = Math.max(maxLength, codePointCount(word));
    }
    offsets[words.length] = position;
    return new CompactDictionary(total, maxLength, offsets, counts, words.join(""));
  }

  /** Header (count, maxLength, total), offsets, frequencies, then the characters as UTF-16. */
  toBuffer(): Buffer {
    const header = Buffer.alloc(16);
    header.writeUInt32LE(this.frequencies.length, 0);
    header.writeUInt32LE(this.maxLength, 4);
    header.writeDoubleLE(this.total, 8);
    return Buffer.concat([header, Buffer.from(this.offsets.buffer), Buffer.from(this.frequencies.buffer), Buffer.from(this.characters, "utf16le")]);
  }

  /** Null when the bytes are not a dictionary this code wrote (missing, truncated, damaged). */
  static fromBuffer(bytes: Buffer): CompactDictionary | null {
    if (bytes.length < 16) return null;
    const count = bytes.readUInt32LE(0);
    const maxLength = bytes.readUInt32LE(4);
    const total = bytes.readDoubleLE(8);
    const numbersEnd = 16 + (count + 1) * 4 + count * 4;
    if (count === 0 || maxLength === 0 || maxLength > 64 || !Number.isFinite(total) || numbersEnd > bytes.length) return null;
    // Copy into an aligned buffer: typed arrays need 4-byte alignment.
    const numbers = new Uint32Array(new Uint8Array(bytes.subarray(16, numbersEnd)).buffer);
    const offsets = numbers.subarray(0, count + 1);
    const frequencies = numbers.subarray(count + 1);
    const characters = bytes.subarray(numbersEnd).toString("utf16le");
    if (offsets[0] !== 0 || offsets[count] !== characters.length) return null;
    return new CompactDictionary(total, maxLength, offsets, frequencies, characters);
  }

  static async read(file: string): Promise<CompactDictionary | null> {
    try {
      return CompactDictionary.fromBuffer(await readFile(file));
    } catch {
      return null;
    }
  }

  /** Saves beside the index; a cache that cannot be written only costs the full dictionary next start. */
  async write(file: string): Promise<void> {
    try {
      await writeFileAside(file, this.toBuffer());
    } catch {
      // ignored on purpose
    }
  }
}

/**
 * The first position in [low, high) whose word's character at `depth` is at least `code` (a shorter word counts as
 * less). A function of its arrays, not a method: the binary search reads no field of the dictionary.
 */
function firstFrom(offsets: Uint32Array, characters: string, low: number, high: number, depth: number, code: number): number {
  while (low < high) {
    const middle = (low + high) >>> 1;
    const at = offsets[middle]! + depth;
    const character = at < offsets[middle + 1]! ? characters.charCodeAt(at) : -1;
    if (character < code) low = middle + 1;
    else high = middle;
  }
  return low;
}
