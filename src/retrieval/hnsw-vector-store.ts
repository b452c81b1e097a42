// The only module that imports @langchain/community: swap the vector store here, nowhere else.
import { HNSWLib } from "@langchain/community/vectorstores/hnswlib";
import { Document } from "@langchain/core/documents";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { CorpusChunk } from "../corpus/chunk-corpus.js";

export interface VectorHit {
  readonly chunkId: string;
  /** Cosine distance: 0 is identical, lower is closer. */
  readonly distance: number;
}

export interface VectorIndex {
  readonly size: number;
  search(vector: number[], limit: number): Promise<VectorHit[]>;
}

class HnswVectorIndex implements VectorIndex {
  constructor(private readonly store: HNSWLib) {}

  get size(): number {
    return this.store.index.getCurrentCount();
  }

  async search(vector: number[], limit: number): Promise<VectorHit[]> {
    const results = await this.store.similaritySearchVectorWithScore(vector, Math.min(limit, this.size));
    return results.map(([document, distance]) => ({ chunkId: String(document.metadata["chunkId"]), distance }));
  }
}

export async function buildHnswIndex(
  chunks: readonly CorpusChunk[],
  embeddings: EmbeddingsInterface,
  directory: string,
): Promise<VectorIndex> {
  const documents = chunks.map(
    (chunk) => new Document({ pageContent: chunk.text, metadata: { chunkId: chunk.id, heading: chunk.heading } }),
  );
  const store = new HNSWLib(embeddings, { space: "cosine" });
  await store.addDocuments(documents);
  await store.save(directory);
  return new HnswVectorIndex(store);
}

export async function loadHnswIndex(directory: string, embeddings: EmbeddingsInterface): Promise<VectorIndex> {
  return new HnswVectorIndex(await HNSWLib.load(directory, embeddings));
}
