// The only module that imports the HNSW library: swap the vector store here, nowhere else.
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

// Fewer construction candidates than hnswlib's default (200) keep large builds fast (`bench --scale`); recall on
// this corpus is checked by `bench --retrieval`. A fixed seed keeps builds reproducible.
const neighbours = 16;
const constructionCandidates = 64;
const randomSeed = 100;

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

/** Builds an index from vectors added in corpus order (label = position), then writes it to a file. */
export class HnswIndexBuilder {
  private readonly index: hnswlib.HierarchicalNSW;

  constructor(dimensions: number, capacity: number) {
    this.index = new hnswlib.HierarchicalNSW("cosine", dimensions);
    this.index.initIndex({ maxElements: Math.max(1, capacity), m: neighbours, efConstruction: constructionCandidates, randomSeed });
  }

  add(vector: number[], position: number): void {
    this.index.addPoint(vector, position);
  }

  write(file: string): VectorIndex {
    this.index.writeIndexSync(file);
    return new HnswVectorIndex(this.index);
  }
}

/** Loads an index written by buildHnswIndex; call only after the file's checksum was verified. */
export function loadHnswIndex(file: string, dimensions: number): VectorIndex {
  const index = new hnswlib.HierarchicalNSW("cosine", dimensions);
  index.readIndexSync(file);
  return new HnswVectorIndex(index);
}
