import { lengthNormalisation, maxScoreSearch, termSaturation, type QueryTerm } from "./bm25-max-score.js";
import type { Tokenizer } from "./tokenizer.js";
import type { KeywordHit } from "./top-hits.js";

export type { KeywordHit } from "./top-hits.js";

/** The JSON part of what is saved with the vector index: document lengths and where each word's postings are. */
export interface KeywordIndexData {
  readonly format: "bm25-postings-v3";
  readonly lengths: number[];
  /**
   * word → [offset, documents, saturation]: its postings are `documents` (position, count) pairs from `offset` in
   * the binary part; `saturation` is the largest count-and-length part of its score in any document, which bounds
   * what the word can add to a score (top-k search skips what cannot matter).
   */
  readonly terms: Record<string, [number, number, number]>;
}

/**
 * Okapi BM25 over jieba words. Postings live in one typed array (loaded without parsing), and a query walks
 * only the postings of its own words — and of those, only the ones that can still change the top hits.
 */
export class KeywordIndex {
  private readonly terms: Map<string, [number, number, number]>;
  /** Per document: k1 · (1 − b + b · length / average length), the length part of every score. */
  private readonly norms: Float64Array;

  constructor(
    private readonly tokenizer: Tokenizer,
    readonly data: KeywordIndexData,
    /** (position, count) pairs, positions ascending within each word. */
    readonly postings: Uint32Array,
  ) {
    this.terms = new Map(Object.entries(data.terms));
    this.norms = lengthNorms(data.lengths);
  }

  static build(tokenizer: Tokenizer, texts: readonly string[], wordsOf: (text: string, position: number) => readonly string[] = (text) => tokenizer.words(text)): KeywordIndex {
    // Words numbered in the order first met, and counted per text in a reused array: the postings come out in the
    // same order a map of words would give, without a map per text.
    const idOf = new Map<string, number>();
    const words: string[] = [];
    const lists: number[][] = [];
    let counts = new Int32Array(1024);
    const inText: number[] = [];
    const lengths = texts.map((text, position) => {
      const textWords = wordsOf(text, position);
      inText.length = 0;
      for (const word of textWords) {
        let id = idOf.get(word);
        if (id === undefined) {
          id = words.length;
          idOf.set(word, id);
          words.push(word);
          lists.push([]);
          if (id >= counts.length) {
            const grown = new Int32Array(counts.length * 2);
            grown.set(counts);
            counts = grown;
          }
        }
        if ((counts[id]! += 1) === 1) inText.push(id);
      }
      for (const id of inText) {
        lists[id]!.push(position, counts[id]!);
        counts[id] = 0;
      }
      return textWords.length;
    });
    const norms = lengthNorms(lengths);
    let size = 0;
    for (const list of lists) size += list.length;
    const postings = new Uint32Array(size);
    const terms: Record<string, [number, number, number]> = Object.create(null) as Record<string, [number, number, number]>;
    let offset = 0;
    lists.forEach((list, id) => {
      postings.set(list, offset);
      let saturation = 0;
      for (let index = 0; index < list.length; index += 2) saturation = Math.max(saturation, saturated(list[index + 1]!, norms[list[index]!]!));
      terms[words[id]!] = [offset, list.length / 2, saturation];
      offset += list.length;
    });
    return new KeywordIndex(tokenizer, { format: "bm25-postings-v3", lengths, terms }, postings);
  }

  /** The binary part as bytes, for saving. */
  postingsBytes(): Buffer {
    return Buffer.from(this.postings.buffer, this.postings.byteOffset, this.postings.byteLength);
  }

  /** Reads the binary part back; null when its size does not fit the terms (damaged). */
  static postingsFrom(bytes: Buffer, data: KeywordIndexData): Uint32Array | null {
    if (bytes.byteLength % 4 !== 0) return null;
    // A view when the bytes are 4-byte aligned (a file read whole), else a copy.
    const postings = bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4) : new Uint32Array(new Uint8Array(bytes).buffer);
    for (const [offset, documents] of Object.values(data.terms)) if (offset + documents * 2 > postings.length) return null;
    return postings;
  }

  get size(): number {
    return this.data.lengths.length;
  }

  /** Whether any document contains the word; tells questions the corpus cannot cover. */
  knows(word: string): boolean {
    return this.terms.has(word);
  }

  search(query: string, limit: number): KeywordHit[] {
    const count = this.data.lengths.length;
    const terms: QueryTerm[] = [];
    // Each word once, in the order first met; indexed, as for…of over a set allocates an iterator result per step
    // until V8 optimises search.
    const words = this.tokenizer.words(query);
    const met = new Set<string>();
    for (let index = 0; index < words.length; index += 1) {
      const word = words[index]!;
      if (met.has(word)) continue;
      met.add(word);
      const term = this.terms.get(word);
      if (!term) continue;
      // Indexed, not destructured: until V8 optimises search, array destructuring walks the iterator protocol.
      // Whole numbers as small integers: stored from the saved JSON they may arrive as doubles, and terms whose
      // fields changed kind threw maxScoreSearch's optimised code away.
      const offset = term[0] | 0;
      const documents = term[1] | 0;
      const saturation = term[2];
      const inverse = Math.log(1 + (count - documents + 0.5) / (documents + 0.5));
      terms.push({ offset, documents, inverse, bound: inverse * saturation });
    }
    return maxScoreSearch(terms, this.postings, this.norms, limit);
  }
}

function lengthNorms(lengths: readonly number[]): Float64Array {
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length);
  return Float64Array.from(lengths, (length) => termSaturation * (1 - lengthNormalisation + (lengthNormalisation * length) / averageLength));
}

/** The count-and-length part of a word's score in a document (times its inverse document frequency, the score). */
function saturated(frequency: number, norm: number): number {
  return (frequency * (termSaturation + 1)) / (frequency + norm);
}
