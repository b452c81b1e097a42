import type { Tokenizer } from "./tokenizer.js";

export interface KeywordHit {
  readonly position: number;
  readonly score: number;
}

/** The JSON part of what is saved with the vector index: document lengths and where each word's postings are. */
export interface KeywordIndexData {
  readonly format: "bm25-postings-v2";
  readonly lengths: number[];
  /** word → [offset, documents]: its postings are `documents` (position, count) pairs from `offset` in the binary part. */
  readonly terms: Record<string, [number, number]>;
}

// Tuned with `bench --retrieval`: short sections should not win on length alone (b 0.3), and a word said twice counts (k1 2).
const termSaturation = 2;
const lengthNormalisation = 0.3;

/**
 * Okapi BM25 over jieba words. Postings live in one typed array (loaded without parsing), and a query walks
 * only the postings of its own words.
 */
export class KeywordIndex {
  private readonly terms: Map<string, [number, number]>;
  private readonly averageLength: number;
  private scores: Float64Array | null = null;

  constructor(
    private readonly tokenizer: Tokenizer,
    readonly data: KeywordIndexData,
    /** (position, count) pairs, positions ascending within each word. */
    readonly postings: Uint32Array,
  ) {
    this.terms = new Map(Object.entries(data.terms));
    this.averageLength = data.lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, data.lengths.length);
  }

  static build(tokenizer: Tokenizer, texts: readonly string[], wordsOf: (text: string, position: number) => readonly string[] = (text) => tokenizer.words(text)): KeywordIndex {
    const lists = new Map<string, number[]>();
    const lengths = texts.map((text, position) => {
      const words = wordsOf(text, position);
      const counts = new Map<string, number>();
      for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
      for (const [word, count] of counts) {
        const list = lists.get(word);
        if (list) list.push(position, count);
        else lists.set(word, [position, count]);
      }
      return words.length;
    });
    let size = 0;
    for (const list of lists.values()) size += list.length;
    const postings = new Uint32Array(size);
    const terms: Record<string, [number, number]> = Object.create(null) as Record<string, [number, number]>;
    let offset = 0;
    for (const [word, list] of lists) {
      postings.set(list, offset);
      terms[word] = [offset, list.length / 2];
      offset += list.length;
    }
    return new KeywordIndex(tokenizer, { format: "bm25-postings-v2", lengths, terms }, postings);
  }

  /** The binary part as bytes, for saving. */
  postingsBytes(): Buffer {
    return Buffer.from(this.postings.buffer, this.postings.byteOffset, this.postings.byteLength);
  }

  /** Reads the binary part back; null when its size does not fit the terms (damaged). */
  static postingsFrom(bytes: Buffer, data: KeywordIndexData): Uint32Array | null {
    if (bytes.byteLength % 4 !== 0) return null;
    const postings = new Uint32Array(new Uint8Array(bytes).buffer);
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
    const { lengths } = this.data;
    const count = lengths.length;
    // One score array reused across queries (reset below), so a large corpus costs no allocation per query.
    const scores = (this.scores ??= new Float64Array(count));
    const touched: number[] = [];
    for (const word of new Set(this.tokenizer.words(query))) {
      const term = this.terms.get(word);
      if (!term) continue;
      const [offset, documents] = term;
      const inverse = Math.log(1 + (count - documents + 0.5) / (documents + 0.5));
      const end = offset + documents * 2;
      for (let index = offset; index < end; index += 2) {
        const position = this.postings[index]!;
        const frequency = this.postings[index + 1]!;
        const length = lengths[position]!;
        if (scores[position] === 0) touched.push(position);
        scores[position]! +=
          (inverse * frequency * (termSaturation + 1)) /
          (frequency + termSaturation * (1 - lengthNormalisation + (lengthNormalisation * length) / this.averageLength));
      }
    }
    const hits = topHits(touched, scores, limit);
    for (const position of touched) scores[position] = 0;
    return hits;
  }
}

/** The best `limit` hits, best first (ties: corpus order), without sorting every matching document. */
function topHits(positions: readonly number[], scores: Float64Array, limit: number): KeywordHit[] {
  const best: KeywordHit[] = [];
  if (limit <= 0) return best;
  const better = (a: KeywordHit, b: KeywordHit) => a.score > b.score || (a.score === b.score && a.position < b.position);
  for (const position of positions) {
    const hit = { position, score: scores[position]! };
    if (best.length === limit && !better(hit, best[best.length - 1]!)) continue;
    let at = best.length;
    while (at > 0 && better(hit, best[at - 1]!)) at -= 1;
    best.splice(at, 0, hit);
    if (best.length > limit) best.pop();
  }
  return best;
}
