import type { CorpusChunk } from "../corpus/chunk-corpus.js";
import type { VectorIndex } from "./hnsw-vector-store.js";
import type { KeywordIndex } from "./keyword-index.js";
import type { IndexedEmbeddings } from "./open-corpus-index.js";

export interface RetrievedChunk {
  readonly chunk: CorpusChunk;
  /** Fused score: weighted reciprocal ranks, plus the prior for resolved sections; higher is better. */
  readonly score: number;
  readonly vectorRank: number | null;
  readonly vectorDistance: number | null;
  readonly keywordRank: number | null;
  readonly keywordScore: number | null;
  readonly boosted: boolean;
}

export interface RetrieveOptions {
  /** Headings of sections the rules resolved; they rank first. */
  readonly boostHeadings?: readonly string[];
  readonly limit?: number;
}

/** The retrieval port the answer core depends on. */
export interface Retriever {
  retrieve(query: string, options?: RetrieveOptions): Promise<RetrievedChunk[]>;
  /** Whether the corpus uses the word at all. */
  knowsWord(word: string): boolean;
  /** A question's words, as the corpus's tokenizer reads them. */
  words(text: string): string[];
  readonly chunks: readonly CorpusChunk[];
}

/** How the two rankings and the rules' sections are combined; `bench --retrieval` measures each choice. */
export interface FusionSettings {
  /** Reciprocal-rank constant: larger flattens the difference between neighbouring ranks. */
  readonly rankConstant: number;
  readonly vectorWeight: number;
  readonly keywordWeight: number;
  /** Hits taken from each ranking: at least this many, and at least 3 × the limit. */
  readonly candidateDepth: number;
  /** Added to a boosted section's score: a prior that lifts it above any unboosted section. */
  readonly boostPrior: number;
}

export const defaultFusion: FusionSettings = { rankConstant: 60, vectorWeight: 1, keywordWeight: 1, candidateDepth: 12, boostPrior: 1 };

/** Vector and BM25 rankings fused by weighted reciprocal rank, with the rules' sections as a prior. */
export class HybridRetriever implements Retriever {
  private readonly positionOf: Map<string, number>;
  private readonly corpusText: string;

  constructor(
    readonly chunks: readonly CorpusChunk[],
    private readonly vectors: VectorIndex,
    private readonly embeddings: IndexedEmbeddings,
    private readonly keywords: KeywordIndex,
    private readonly tokenize: (text: string) => string[],
    private readonly fusion: FusionSettings = defaultFusion,
  ) {
    this.positionOf = new Map(chunks.map((chunk, position) => [chunk.id, position]));
    // Distinct lines only: a corpus that repeats text under other headings costs no more to search.
    this.corpusText = [...new Set(chunks.flatMap((chunk) => chunk.text.split("\n")))].join("\n").toLowerCase();
  }

  /** The same indexes fused another way (for `bench --retrieval`). */
  withFusion(fusion: FusionSettings): HybridRetriever {
    return new HybridRetriever(this.chunks, this.vectors, this.embeddings, this.keywords, this.tokenize, fusion);
  }

  knowsWord(word: string): boolean {
    // The tokenizer may cut a question differently from the corpus ("催情药" against "催情药品").
    return this.keywords.knows(word) || this.corpusText.includes(word.toLowerCase());
  }

  words(text: string): string[] {
    return this.tokenize(text);
  }

  /** The two rankings alone, best first, as chunk positions (for `bench --retrieval`). */
  async rankings(query: string, depth: number): Promise<{ vector: number[]; keyword: number[] }> {
    const vector = this.vectors.search(await this.embeddings.embedQuery(query), depth).map((hit) => hit.position);
    const keyword = this.keywords.search(query, depth).map((hit) => hit.position);
    return { vector, keyword };
  }

  async retrieve(query: string, options: RetrieveOptions = {}): Promise<RetrievedChunk[]> {
    const { rankConstant, vectorWeight, keywordWeight, candidateDepth, boostPrior } = this.fusion;
    const boostHeadings = new Set(options.boostHeadings ?? []);
    const limit = Math.max(options.limit ?? 4, boostHeadings.size);
    const depth = Math.min(this.chunks.length, Math.max(limit * 3, candidateDepth));
    const vectorHits = this.vectors.search(await this.embeddings.embedQuery(query), depth);
    const keywordHits = this.keywords.search(query, depth);

    const entries = new Map<number, { vectorRank: number | null; vectorDistance: number | null; keywordRank: number | null; keywordScore: number | null }>();
    const entry = (position: number) => {
      let found = entries.get(position);
      if (!found) {
        found = { vectorRank: null, vectorDistance: null, keywordRank: null, keywordScore: null };
        entries.set(position, found);
      }
      return found;
    };
    vectorHits.forEach((hit, rank) => Object.assign(entry(hit.position), { vectorRank: rank + 1, vectorDistance: hit.distance }));
    keywordHits.forEach((hit, rank) => Object.assign(entry(hit.position), { keywordRank: rank + 1, keywordScore: hit.score }));
    if (boostHeadings.size > 0) this.chunks.forEach((chunk, position) => boostHeadings.has(chunk.heading) && entry(position));

    const results: RetrievedChunk[] = [];
    for (const [position, ranks] of entries) {
      const chunk = this.chunks[position];
      if (!chunk) continue;
      const boosted = boostHeadings.has(chunk.heading);
      const score =
        (ranks.vectorRank ? vectorWeight / (rankConstant + ranks.vectorRank) : 0) +
        (ranks.keywordRank ? keywordWeight / (rankConstant + ranks.keywordRank) : 0) +
        (boosted ? boostPrior : 0);
      results.push({ chunk, score, boosted, ...ranks });
    }
    return results.sort((a, b) => b.score - a.score || (this.positionOf.get(a.chunk.id) ?? 0) - (this.positionOf.get(b.chunk.id) ?? 0)).slice(0, limit);
  }
}
