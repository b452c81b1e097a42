// The only module that imports the HNSW libraries: swap the vector store here, nowhere else.
// Indexes are built and saved through LangChain's HNSWLib (@langchain/community), loaded lazily since only a
// build needs it; answering reads the saved hnswlib file directly, so no LangChain module is on the answer path.
import { dirname } from "node:path";
import hnswlib from "hnswlib-node";

export interface VectorHit {
  /** Position of the chunk in the corpus order the index was built from. */
  readonly position: number;
  /** Cosine distance: 0 is identical, lower is closer. */
  readonly distance: number;
}

export interface VectorIndex {
  readonly size: number;
  search(vector: number[], limit: number): VectorHit[];
}

export const vectorIndexFileName = "hnswlib.index";


class HnswVectorIndex implements VectorIndex {
  constructor(private readonly index: hnswlib.HierarchicalNSW) {}

  get size(): number {
    return this.index.getCurrentCount();
  }

  search(vector: number[], limit: number): VectorHit[] {
    const count = Math.min(limit, this.size);
    if (count === 0) return [];
    // The search breadth must cover the hits asked for.
    if (this.index.getEf() < count) this.index.setEf(Math.max(count, 50));
    const { neighbors, distances } = this.index.searchKnn(vector, count);
    return neighbors.map((position, rank) => ({ position, distance: distances[rank]! }));
  }
}

/** Builds an index from vectors added in corpus order (label = position), then saves it beside its manifest. */
export class HnswIndexBuilder {
  private readonly vectors: number[][] = [];

  constructor(private readonly dimensions: number) {}

  add(vector: number[], position: number): void {
    this.vectors[position] = vector;
  }

  /** Saves `hnswlib.index` (with LangChain's args.json and docstore.json) into the file's folder. */
  async write(file: string): Promise<VectorIndex> {
    const { HNSWLib } = await import("@langchain/community/vectorstores/hnswlib");
    const { Document } = await import("@langchain/core/documents");
    // The vectors are computed already: the store never embeds anything itself.
    const noEmbedding = { embedDocuments: async () => [], embedQuery: async () => [] };
    const store = new HNSWLib(noEmbedding as never, { space: "cosine", numDimensions: this.dimensions });
    // HNSWLib labels points 0, 1, … in the order added: the corpus order, as the retriever expects.
    await store.addVectors(this.vectors, this.vectors.map((_, position) => new Document({ pageContent: "", metadata: { position } })));
    await store.save(dirname(file));
    return loadHnswIndex(file, this.dimensions);
  }
}

/** Loads an index written by buildHnswIndex; call only after the file's checksum was verified. */
export function loadHnswIndex(file: string, dimensions: number): VectorIndex {
  const index = new hnswlib.HierarchicalNSW("cosine", dimensions);
  index.readIndexSync(file);
  return new HnswVectorIndex(index);
}
