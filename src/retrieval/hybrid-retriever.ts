import type { CorpusChunk } from "../corpus/chunk-corpus.js";
import type { VectorIndex } from "./hnsw-vector-store.js";
import type { KeywordIndex } from "./keyword-index.js";
import type { IndexedEmbeddings } from "./open-corpus-index.js";

export interface RetrievedChunk {
  readonly chunk: CorpusChunk;
  /** Fused score: reciprocal ranks plus the boost for resolved sections; higher is better. */
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

const reciprocalRankConstant = 60;
const boost = 1;

/** Vector and BM25 rankings fused by reciprocal rank. */
export class HybridRetriever implements Retriever {
  private readonly byId: Map<string, CorpusChunk>;
  private readonly corpusText: string;

  constructor(
    readonly chunks: readonly CorpusChunk[],
    private readonly vectors: VectorIndex,
    private readonly embeddings: IndexedEmbeddings,
    private readonly keywords: KeywordIndex,
    private readonly tokenize: (text: string) => string[],
  ) {
    this.byId = new Map(chunks.map((chunk) => [chunk.id, chunk]));
    this.corpusText = chunks.map((chunk) => chunk.text).join("\n").toLowerCase();
  }

  knowsWord(word: string): boolean {
    // The tokenizer may cut a question differently from the corpus ("催情药" against "催情药品").
    return this.keywords.knows(word) || this.corpusText.includes(word.toLowerCase());
  }

  words(text: string): string[] {
    return this.tokenize(text);
  }

  async retrieve(query: string, options: RetrieveOptions = {}): Promise<RetrievedChunk[]> {
    const boostHeadings = new Set(options.boostHeadings ?? []);
    const limit = Math.max(options.limit ?? 4, boostHeadings.size);
    const depth = Math.min(this.chunks.length, Math.max(limit * 3, 12));
    const vectorHits = await this.vectors.search(await this.embeddings.embedQuery(query), depth);
    const keywordHits = this.keywords.search(query, depth);

    const entries = new Map<string, { vectorRank: number | null; vectorDistance: number | null; keywordRank: number | null; keywordScore: number | null }>();
    const entry = (id: string) => {
      let found = entries.get(id);
      if (!found) {
        found = { vectorRank: null, vectorDistance: null, keywordRank: null, keywordScore: null };
        entries.set(id, found);
      }
      return found;
    };
    vectorHits.forEach((hit, rank) => Object.assign(entry(hit.chunkId), { vectorRank: rank + 1, vectorDistance: hit.distance }));
    keywordHits.forEach((hit, rank) => {
      const chunk = this.chunks[hit.position];
      if (chunk) Object.assign(entry(chunk.id), { keywordRank: rank + 1, keywordScore: hit.score });
    });
    for (const chunk of this.chunks) if (boostHeadings.has(chunk.heading)) entry(chunk.id);

    const results: RetrievedChunk[] = [];
    for (const [id, ranks] of entries) {
      const chunk = this.byId.get(id);
      if (!chunk) continue;
      const boosted = boostHeadings.has(chunk.heading);
      const score =
        (ranks.vectorRank ? 1 / (reciprocalRankConstant + ranks.vectorRank) : 0) +
        (ranks.keywordRank ? 1 / (reciprocalRankConstant + ranks.keywordRank) : 0) +
        (boosted ? boost : 0);
      results.push({ chunk, score, boosted, ...ranks });
    }
    return results.sort((a, b) => b.score - a.score || a.chunk.id.localeCompare(b.chunk.id)).slice(0, limit);
  }
}
