import type { CorpusChunk } from "../corpus/chunk-corpus.js";
import type { VectorHit, VectorIndex } from "./hnsw-vector-store.js";
import type { KeywordIndex } from "./keyword-index.js";
import type { KeywordHit } from "./top-hits.js";
import type { IndexedEmbeddings } from "./open-corpus-index.js";
import { pushToList } from "../shared/push-to-list.js";

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
  /** How many results at most (4 by default, never fewer than the boosted headings); a fraction counts as its whole part, a negative number as 0. */
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
  /**
   * How boosted sections are ordered among themselves: "list" keeps the rules' order (the deciding section
   * first), "evidence" orders them by the fused retrieval score, "primary" keeps the rules' order between
   * first-level groups and lets keyword evidence order the sections inside one group.
   */
  readonly boostOrder: "list" | "evidence" | "primary";
  /** "rank": weighted reciprocal ranks; "score": BM25 score and cosine similarity, each relative to the best hit, weighted. */
  readonly combine: "rank" | "score";
}

/**
 * Tuned with `bench --retrieval` on the Q&A set: BM25 is the stronger ranker on this corpus, so the vector side
 * weighs half; scores (not ranks) keep how clearly a section wins; the rules' boost keeps their order, the
 * deciding section (注意 for a subject rule) first.
 */
export const defaultFusion: FusionSettings = { rankConstant: 60, vectorWeight: 0.5, keywordWeight: 1, candidateDepth: 26, boostPrior: 1, boostOrder: "list", combine: "score" };

/** Vector and BM25 rankings fused by weighted reciprocal rank, with the rules' sections as a prior. */
export class HybridRetriever implements Retriever {
  private readonly positionsByHeading = new Map<string, number[]>();
  /** The corpus's distinct lines, lower-cased, made on the first word the keyword index does not know. */
  private corpusText: string | null = null;
  // retrieve's working arrays, one entry per chunk (see there).
  private readonly vectorRanks: Int32Array;
  private readonly vectorDistances: Float64Array;
  private readonly keywordRanks: Int32Array;
  private readonly keywordScores: Float64Array;
  private readonly isCandidate: Uint8Array;

  constructor(
    readonly chunks: readonly CorpusChunk[],
    private readonly vectors: VectorIndex,
    private readonly embeddings: IndexedEmbeddings,
    private readonly keywords: KeywordIndex,
    private readonly tokenize: (text: string) => string[],
    private readonly fusion: FusionSettings = defaultFusion,
  ) {
    chunks.forEach((chunk, position) => {
      pushToList(this.positionsByHeading, chunk.heading, position);
    });
    this.vectorRanks = new Int32Array(chunks.length);
    this.vectorDistances = new Float64Array(chunks.length);
    this.keywordRanks = new Int32Array(chunks.length);
    this.keywordScores = new Float64Array(chunks.length);
    this.isCandidate = new Uint8Array(chunks.length);
  }

  /** The same indexes fused another way (for `bench --retrieval`). */
  withFusion(fusion: FusionSettings): HybridRetriever {
    return new HybridRetriever(this.chunks, this.vectors, this.embeddings, this.keywords, this.tokenize, fusion);
  }

  knowsWord(word: string): boolean {
    // The tokenizer may cut a question differently from the corpus ("催情药" against "催情药品").
    if (this.keywords.knows(word)) return true;
    // Distinct lines only: a corpus that repeats text under other headings costs no more to search.
    this.corpusText ??= [...new Set(this.chunks.flatMap((chunk) => chunk.text.split("\n")))].join("\n").toLowerCase();
    return this.corpusText.includes(word.toLowerCase());
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
    const { candidateDepth } = this.fusion;
    const boostHeadings = new Set(options.boostHeadings ?? []);
    const requested = Math.max(options.limit ?? 4, boostHeadings.size);
    const limit = requested > 0 ? Math.floor(requested) : 0;
    const depth = Math.min(this.chunks.length, Math.max(limit * 3, candidateDepth));
    const vectorHits = this.vectors.search(await this.embeddings.embedQuery(query), depth);
    const keywordHits = this.keywords.search(query, depth);
    if (limit === 0) return [];

    // Each candidate's ranks, by chunk position, in arrays kept from one query to the next (cleared below): no
    // object per candidate whose fields start as null and become numbers, which threw the optimised code away.
    // Nothing below awaits, so two queries never share them.
    const { vectorRanks, keywordRanks, isCandidate } = this;
    const candidates: number[] = [];
    try {
      return this.fuse(candidates, vectorHits, keywordHits, boostHeadings, options.boostHeadings ?? [], limit);
    } finally {
      // Cleared however fusing ended, so a later query starts from no ranks.
      for (let index = 0; index < candidates.length; index += 1) {
        const position = candidates[index]!;
        isCandidate[position] = 0;
        vectorRanks[position] = 0;
        keywordRanks[position] = 0;
      }
    }
  }

  /** Ranks the candidates of both rankings and the boosted sections; each is added to `candidates` as it is met. */
  private fuse(
    candidates: number[],
    vectorHits: readonly VectorHit[],
    keywordHits: readonly KeywordHit[],
    boostHeadings: ReadonlySet<string>,
    boostList: readonly string[],
    limit: number,
  ): RetrievedChunk[] {
    const { rankConstant, vectorWeight, keywordWeight, boostPrior, boostOrder, combine } = this.fusion;
    const { vectorRanks, vectorDistances, keywordRanks, keywordScores, isCandidate } = this;
    const consider = (position: number) => {
      if (position < 0 || position >= this.chunks.length || isCandidate[position] === 1) return;
      isCandidate[position] = 1;
      candidates.push(position);
    };
    for (let rank = 0; rank < vectorHits.length; rank += 1) {
      const { position, distance } = vectorHits[rank]!;
      consider(position);
      vectorRanks[position] = rank + 1;
      vectorDistances[position] = distance;
    }
    for (let rank = 0; rank < keywordHits.length; rank += 1) {
      const { position, score } = keywordHits[rank]!;
      consider(position);
      keywordRanks[position] = rank + 1;
      keywordScores[position] = score;
    }
    for (const heading of boostHeadings) for (const position of this.positionsByHeading.get(heading) ?? []) consider(position);

    const bestKeyword = keywordHits[0]?.score ?? 0;
    let bestSimilarity = 0;
    for (let rank = 0; rank < vectorHits.length; rank += 1) bestSimilarity = Math.max(bestSimilarity, 1 - vectorHits[rank]!.distance);
    const groupOrder = boostOrder === "primary" ? [...new Set(boostList.map((heading) => heading.split(" > ")[0]!))] : [];
    // The best `limit` only, kept in order as they come (ties: corpus order): sorting all ~50 candidates to keep 4
    // costs a comparator call per comparison, which is slow until V8 optimises retrieve.
    const best: Array<{ readonly position: number; readonly result: RetrievedChunk }> = [];
    for (let index = 0; index < candidates.length; index += 1) {
      const position = candidates[index]!;
      const chunk = this.chunks[position]!;
      const boosted = boostHeadings.has(chunk.heading);
      // 0 ranks: not among that ranking's hits.
      const vectorRank = vectorRanks[position]! || null;
      const keywordRank = keywordRanks[position]! || null;
      const vectorDistance = vectorRank === null ? null : vectorDistances[position]!;
      const keywordScore = keywordRank === null ? null : keywordScores[position]!;
      const evidence =
        combine === "rank"
          ? (vectorRank ? vectorWeight / (rankConstant + vectorRank) : 0) + (keywordRank ? keywordWeight / (rankConstant + keywordRank) : 0)
          : (vectorDistance !== null && bestSimilarity > 0 ? (vectorWeight * (1 - vectorDistance)) / bestSimilarity : 0) +
            (keywordScore !== null && bestKeyword > 0 ? (keywordWeight * keywordScore) / bestKeyword : 0);
      let prior = 0;
      if (boosted) {
        // Evidence scores stay below 2 × the larger weight, so an order step of 4 × that keeps the rules' order.
        const step = 4 * Math.max(vectorWeight, keywordWeight);
        if (boostOrder === "list") prior = boostPrior + step * (boostList.length - boostList.indexOf(chunk.heading));
        else if (boostOrder === "primary") prior = boostPrior + step * (groupOrder.length - groupOrder.indexOf(chunk.heading.split(" > ")[0]!));
        else prior = boostPrior + step;
      }
      const score = evidence + prior;
      if (best.length === limit && !ranksBefore(score, position, best[limit - 1]!)) continue;
      let place = best.length;
      while (place > 0 && ranksBefore(score, position, best[place - 1]!)) place -= 1;
      best.splice(place, 0, { position, result: { chunk, score, boosted, vectorRank, vectorDistance, keywordRank, keywordScore } });
      if (best.length > limit) best.pop();
    }
    return best.map((entry) => entry.result);
  }
}

/** Whether a candidate with `score` at `position` ranks before `other`: higher score, then earlier in the corpus. */
function ranksBefore(score: number, position: number, other: { readonly position: number; readonly result: RetrievedChunk }): boolean {
  return score > other.result.score || (score === other.result.score && position < other.position);
}
