import type { Tokenizer } from "./tokenizer.js";

export interface KeywordHit {
  readonly position: number;
  readonly score: number;
}

/** What is saved with the vector index: document lengths and one postings list per word. */
export interface KeywordIndexData {
  readonly format: "bm25-postings-v1";
  readonly lengths: number[];
  /** word → [position, count, position, count, …], positions ascending. */
  readonly postings: Record<string, number[]>;
}

// Tuned with `bench --retrieval`: short sections should not win on length alone (b 0.3), and a word said twice counts (k1 2).
const termSaturation = 2;
const lengthNormalisation = 0.3;

/** Okapi BM25 over jieba words. A query walks only the postings of its own words. */
export class KeywordIndex {
  private readonly postings: Map<string, number[]>;
  private readonly lengths: number[];
  private readonly averageLength: number;

  constructor(
    private readonly tokenizer: Tokenizer,
    readonly data: KeywordIndexData,
  ) {
    this.postings = new Map(Object.entries(data.postings));
    this.lengths = data.lengths;
    this.averageLength = this.lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, this.lengths.length);
  }

  static build(tokenizer: Tokenizer, texts: readonly string[], wordsOf: (text: string, position: number) => string[] = (text) => tokenizer.words(text)): KeywordIndex {
    const postings: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
    const lengths = texts.map((text, position) => {
      const words = wordsOf(text, position);
      const counts = new Map<string, number>();
      for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
      for (const [word, count] of counts) (postings[word] ??= []).push(position, count);
      return words.length;
    });
    return new KeywordIndex(tokenizer, { format: "bm25-postings-v1", lengths, postings });
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Whether any document contains the word; tells questions the corpus cannot cover. */
  knows(word: string): boolean {
    return this.postings.has(word);
  }

  search(query: string, limit: number): KeywordHit[] {
    const count = this.lengths.length;
    // One score array reused across queries (reset below), so a large corpus costs no allocation per query.
    const scores = (this.scores ??= new Float64Array(count));
    const touched: number[] = [];
    for (const word of new Set(this.tokenizer.words(query))) {
      const list = this.postings.get(word);
      if (!list) continue;
      const documents = list.length / 2;
      const inverse = Math.log(1 + (count - documents + 0.5) / (documents + 0.5));
      for (let index = 0; index < list.length; index += 2) {
        const position = list[index]!;
        const frequency = list[index + 1]!;
        const length = this.lengths[position]!;
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

  private scores: Float64Array | null = null;
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
