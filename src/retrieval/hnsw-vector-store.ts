// The only module that imports the HNSW libraries: swap the vector store here, nowhere else.
// Indexes are built and saved through LangChain's HNSWLib (@langchain/community), loaded lazily since only a
// build needs it; answering reads the saved hnswlib file directly, so no LangChain module is on the answer path.
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type * as Hnswlib from "hnswlib-node";
import { CorpusSubspace } from "./corpus-subspace.js";

// Required, not imported, as jieba is (tokenizer.ts): no read of the package's source for export names.
const hnswlib = createRequire(import.meta.url)("hnswlib-node") as typeof Hnswlib;

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
/** The corpus subspace's basis, beside an index of few chunks (CorpusSubspace.fits). */
export const subspaceFileName = "subspace.bin";

/**
 * Graph construction, chosen by measurement at 1000× the sections (25,000 chunks, each section in 1,000
 * near-identical copies, which HNSW handles badly: the copies crowd the search breadth). Inserting took 15.3 s of
 * CPU with hnswlib's defaults (M 16, efConstruction 200), which found the right section first for 73% of the Q&A
 * questions at search breadth 50 (as shipped) and 81% at 100; M 10, efConstruction 64: 6.7 s, 80% at breadth 100;
 * M 10, efConstruction 40: 5.3 s, 75% at 100 and 77% at 150. About 2 s of any of these is hnswlib-node copying
 * each vector out of its JavaScript array. On the shipped corpus (25 chunks) every choice is exact. The fixed
 * seed keeps builds reproducible.
 */
export const hnswConstruction = { m: 10, efConstruction: 40, randomSeed: 100 } as const;
/** Search breadth (hnswlib's ef); it never goes below the hits asked for. ~0.25 ms a search at 25,000 chunks. */
export const hnswSearchBreadth = 150;
/** Vectors handed to LangChain per addVectors call: bounds the JavaScript arrays alive at once. */
const addBatch = 1024;

class HnswVectorIndex implements VectorIndex {
  constructor(
    private readonly index: Hnswlib.HierarchicalNSW,
    /** Set when the index holds the chunks' coordinates in the corpus subspace rather than their vectors. */
    private readonly subspace: CorpusSubspace | null,
  ) {
    index.setEf(hnswSearchBreadth);
  }

  get size(): number {
    return this.index.getCurrentCount();
  }

  search(vector: number[], limit: number): VectorHit[] {
    const count = Math.min(limit, this.size);
    if (count === 0) return [];
    // The search breadth must cover the hits asked for.
    if (this.index.getEf() < count) this.index.setEf(count);
    if (!this.subspace) {
      const { neighbors, distances } = this.index.searchKnn(vector, count);
      return neighbors.map((position, rank) => ({ position, distance: distances[rank]! }));
    }
    // hnswlib checks a query's length against the index; the projection would read past or short of it silently.
    if (vector.length !== this.subspace.dimensions) throw new Error(`a query of ${vector.length} dimensions for an index of ${this.subspace.dimensions}; fix: rebuild the index with the embeddings that embed the queries (npm run index)`);
    const { coordinates, kept } = this.subspace.project(vector);
    // Orthogonal to every chunk (or no vector at all): each is at distance 1, and cosine has no direction to search.
    if (kept === 0) return Array.from({ length: count }, (_, position) => ({ position, distance: 1 }));
    const { neighbors, distances } = this.index.searchKnn(coordinates, count);
    // The projection dropped only the part no chunk shares: similarity in the whole space is the projection's × kept.
    return neighbors.map((position, rank) => ({ position, distance: 1 - (1 - distances[rank]!) * kept }));
  }
}

/**
 * The native index as LangChain's HNSWLib sees it, except that its `initIndex(maxElements)` (which HNSWLib calls
 * with hnswlib's default construction) sizes the index for every vector and applies `hnswConstruction`.
 */
function withConstruction(index: Hnswlib.HierarchicalNSW, capacity: number): Hnswlib.HierarchicalNSW {
  return new Proxy(index, {
    get(target, key) {
      if (key === "initIndex") return () => target.initIndex(capacity, hnswConstruction.m, hnswConstruction.efConstruction, hnswConstruction.randomSeed);
      const value: unknown = Reflect.get(target, key);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Builds an index from vectors added in corpus order (label = position), then saves it beside its manifest. */
export class HnswIndexBuilder {
  /** Row-major, one row per position: 4 bytes a value rather than a JavaScript array's 8 and more. */
  private readonly vectors: Float32Array;

  constructor(
    private readonly dimensions: number,
    private readonly count: number,
  ) {
    this.vectors = new Float32Array(dimensions * count);
    this.filled = new Uint8Array(count);
  }

  /** Which positions have their vector, so a chunk left out is found before the index is written. */
  private readonly filled: Uint8Array;

  /**
   * hnswlib stores 32-bit floats, so keeping them as such changes nothing in the index. A vector of another length
   * (a provider that changed models mid-build) would spill into or leave zeros in its neighbours' rows: refused.
   */
  add(vector: ArrayLike<number>, position: number): void {
    if (vector.length !== this.dimensions) throw new Error(`embedding for chunk ${position} has ${vector.length} dimensions, the index ${this.dimensions}; fix: rebuild with one embeddings model (npm run index)`);
    if (!Number.isInteger(position) || position < 0 || position >= this.count) throw new Error(`embedding position ${position} is outside the ${this.count} chunks`);
    this.vectors.set(vector, position * this.dimensions);
    this.filled[position] = 1;
  }

  /**
   * Saves `hnswlib.index` (with LangChain's args.json and docstore.json) into the file's folder, and for few chunks
   * the corpus subspace's basis (`subspace.bin`), the index then holding each chunk's coordinates in it.
   */
  async write(file: string): Promise<VectorIndex> {
    // A chunk without a vector would stay all zeros, which cosine distance turns into NaN.
    if (this.filled.includes(0)) {
      const added = this.filled.reduce((sum, filled) => sum + filled, 0);
      throw new Error(`${added} of ${this.count} chunks have an embedding; fix: rebuild the index (npm run index)`);
    }
    const subspace = CorpusSubspace.fits(this.count, this.dimensions) ? CorpusSubspace.spanning(this.vectors, this.count, this.dimensions) : null;
    // Only zero vectors: no text with a feature, and cosine distance would be NaN for every chunk.
    if (subspace?.rank === 0) throw new Error(`every one of the ${this.count} chunks has a zero embedding; fix: check that the corpus sections hold text`);
    const dimensions = subspace ? subspace.rank : this.dimensions;
    const rowOf = (position: number): number[] => {
      if (subspace) return subspace.projectRow(this.vectors, position).coordinates;
      const row = new Array<number>(this.dimensions);
      const offset = position * this.dimensions;
      for (let dimension = 0; dimension < this.dimensions; dimension += 1) row[dimension] = this.vectors[offset + dimension]!;
      return row;
    };
    const [{ HNSWLib }, { Document }, { SynchronousInMemoryDocstore }] = await Promise.all([
      import("@langchain/community/vectorstores/hnswlib"),
      import("@langchain/core/documents"),
      import("@langchain/community/stores/doc/in_memory"),
    ]);
    // The vectors are computed already: the store never embeds anything itself.
    const noEmbedding = { embedDocuments: async () => [], embedQuery: async () => [] };
    const store = new HNSWLib(noEmbedding as never, { space: "cosine", numDimensions: dimensions });
    const index = new hnswlib.HierarchicalNSW("cosine", dimensions);
    // HNSWLib's own fields (public); passing them through its args would write them into args.json.
    store._index = withConstruction(index, this.count);
    // LangChain's docstore checks each added batch against a copied list of every id so far (0.8 s over 25,000
    // chunks in batches); the same check against the Map itself.
    store.docstore = new (class extends SynchronousInMemoryDocstore {
      override add(documents: Record<string, InstanceType<typeof Document>>): void {
        const overlapping = Object.keys(documents).filter((id) => this._docs.has(id));
        if (overlapping.length > 0) throw new Error(`Tried to add ids that already exist: ${overlapping.join(",")}`);
        for (const [id, document] of Object.entries(documents)) this._docs.set(id, document);
      }
    })();
    // HNSWLib labels points 0, 1, … in the order added: the corpus order, as the retriever expects.
    for (let start = 0; start < this.count; start += addBatch) {
      const end = Math.min(this.count, start + addBatch);
      const rows: number[][] = [];
      const documents = [];
      for (let position = start; position < end; position += 1) {
        rows.push(rowOf(position));
        documents.push(new Document({ pageContent: "", metadata: { position } }));
      }
      await store.addVectors(rows, documents);
    }
    await store.save(dirname(file));
    if (subspace) await writeFile(join(dirname(file), subspaceFileName), subspace.toBytes());
    return new HnswVectorIndex(index, subspace);
  }
}

/**
 * Loads an index written by HnswIndexBuilder, with its corpus subspace when it was written with one; call only
 * after the files' checksums were verified.
 */
export function loadHnswIndex(file: string, dimensions: number, subspace: CorpusSubspace | null): VectorIndex {
  const index = new hnswlib.HierarchicalNSW("cosine", subspace ? subspace.rank : dimensions);
  index.readIndexSync(file);
  return new HnswVectorIndex(index, subspace);
}
