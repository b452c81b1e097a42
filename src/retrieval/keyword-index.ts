import type { Tokenizer } from "./tokenizer.js";

export interface KeywordHit {
  readonly position: number;
  readonly score: number;
}

const termSaturation = 1.2;
const lengthNormalisation = 0.75;

/** Okapi BM25 over jieba words; small corpus, so everything stays in memory. */
export class KeywordIndex {
  private readonly documents: Array<Map<string, number>>;
  private readonly lengths: number[];
  private readonly averageLength: number;
  private readonly documentFrequency = new Map<string, number>();

  constructor(
    private readonly tokenizer: Tokenizer,
    texts: readonly string[],
  ) {
    this.documents = texts.map((text) => {
      const counts = new Map<string, number>();
      for (const word of tokenizer.words(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
      return counts;
    });
    this.lengths = this.documents.map((counts) => [...counts.values()].reduce((sum, count) => sum + count, 0));
    this.averageLength = this.lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, this.lengths.length);
    for (const counts of this.documents) {
      for (const word of counts.keys()) this.documentFrequency.set(word, (this.documentFrequency.get(word) ?? 0) + 1);
    }
  }

  /** Whether any document contains the word; tells questions the corpus cannot cover. */
  knows(word: string): boolean {
    return this.documentFrequency.has(word);
  }

  search(query: string, limit: number): KeywordHit[] {
    const words = [...new Set(this.tokenizer.words(query))];
    const count = this.documents.length;
    const hits: KeywordHit[] = [];
    this.documents.forEach((counts, position) => {
      let score = 0;
      for (const word of words) {
        const frequency = counts.get(word);
        if (!frequency) continue;
        const documents = this.documentFrequency.get(word) ?? 0;
        const inverse = Math.log(1 + (count - documents + 0.5) / (documents + 0.5));
        const length = this.lengths[position]!;
        score +=
          (inverse * frequency * (termSaturation + 1)) /
          (frequency + termSaturation * (1 - lengthNormalisation + (lengthNormalisation * length) / this.averageLength));
      }
      if (score > 0) hits.push({ position, score });
    });
    return hits.sort((a, b) => b.score - a.score || a.position - b.position).slice(0, limit);
  }
}
