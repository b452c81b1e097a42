import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CorpusSubspace } from "./corpus-subspace.js";
import { HnswIndexBuilder, loadHnswIndex, subspaceFileName } from "./hnsw-vector-store.js";

describe("HnswIndexBuilder", () => {
  it("refuses a vector whose length is not the index's, naming the chunk", () => {
    const builder = new HnswIndexBuilder(3, 2);
    expect(() => builder.add([1, 0, 0, 0], 1)).toThrow(/chunk 1 has 4 dimensions, the index 3/);
    expect(() => builder.add([1, 0], 0)).toThrow(/chunk 0 has 2 dimensions/);
  });

  it("writes no index while a chunk has no vector, even if another was added twice", async () => {
    const builder = new HnswIndexBuilder(3, 2);
    builder.add([1, 0, 0], 0);
    builder.add([0, 1, 0], 0);
    await expect(builder.write(join(mkdtempSync(join(tmpdir(), "hnsw-builder-")), "hnswlib.index"))).rejects.toThrow(/1 of 2 chunks have an embedding/);
  });

  it("writes an index that finds the nearest vector once every chunk has one", async () => {
    const builder = new HnswIndexBuilder(3, 2);
    builder.add([1, 0, 0], 0);
    builder.add([0, 1, 0], 1);
    const index = await builder.write(join(mkdtempSync(join(tmpdir(), "hnsw-builder-")), "hnswlib.index"));
    expect(index.search([0, 0.9, 0.1], 1)[0]?.position).toBe(1);
  });
});

describe("an index of few chunks (the corpus subspace)", () => {
  const dimensions = 64;
  /** Seeded sparse vectors, as the local embeddings' are. */
  function vectors(count: number, seed: number): number[][] {
    let state = seed;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    return Array.from({ length: count }, () => {
      const vector = new Array<number>(dimensions).fill(0);
      for (let value = 0; value < 8; value += 1) vector[Math.floor(random() * dimensions)] = random() * 2 - 1;
      return vector;
    });
  }
  const cosineDistance = (a: number[], b: number[]) => {
    const dot = (x: number[], y: number[]) => x.reduce((sum, value, index) => sum + value * y[index]!, 0);
    return 1 - dot(a, b) / Math.sqrt(dot(a, a) * dot(b, b));
  };

  it("finds the neighbours of a search over every whole vector, at the same distances, from a written and a loaded index", async () => {
    const chunks = vectors(12, 17);
    const builder = new HnswIndexBuilder(dimensions, chunks.length);
    chunks.forEach((vector, position) => builder.add(vector, position));
    const folder = mkdtempSync(join(tmpdir(), "hnsw-subspace-"));
    const written = await builder.write(join(folder, "hnswlib.index"));
    const subspace = CorpusSubspace.fromBytes(readFileSync(join(folder, subspaceFileName)), dimensions);
    expect(subspace?.rank).toBe(12);
    const loaded = loadHnswIndex(join(folder, "hnswlib.index"), dimensions, subspace);
    for (const query of vectors(40, 23)) {
      const ranked = chunks.map((vector, position) => ({ position, distance: cosineDistance(query, vector) })).sort((a, b) => a.distance - b.distance);
      // Chunks sharing no value with the query tie at distance 1; between ties any order is right.
      const tied = (rank: number) => ranked.some((other, otherRank) => otherRank !== rank && Math.abs(other.distance - ranked[rank]!.distance) < 1e-5);
      for (const index of [written, loaded]) {
        const hits = index.search(query, 5);
        // hnswlib computes in 32-bit floats: distances to 1e-5.
        expect(hits.map((hit) => hit.distance)).toEqual(ranked.slice(0, 5).map((hit) => expect.closeTo(hit.distance, 5)));
        hits.forEach((hit, rank) => {
          if (!tied(rank)) expect(hit.position).toBe(ranked[rank]!.position);
        });
      }
    }
  });

  it("puts every chunk at distance 1 from a query orthogonal to all of them", async () => {
    const builder = new HnswIndexBuilder(dimensions, 3);
    [0, 1, 2].forEach((axis) => builder.add(Array.from({ length: dimensions }, (_, dimension) => (dimension === axis ? 1 : 0)), axis));
    const index = await builder.write(join(mkdtempSync(join(tmpdir(), "hnsw-subspace-")), "hnswlib.index"));
    const orthogonal = Array.from({ length: dimensions }, (_, dimension) => (dimension === 10 ? 1 : 0));
    expect(index.search(orthogonal, 3)).toEqual([0, 1, 2].map((position) => ({ position, distance: 1 })));
    expect(index.search(new Array<number>(dimensions).fill(0), 2).map((hit) => hit.distance)).toEqual([1, 1]);
  });

  it("refuses a query whose length is not the embeddings' dimensions, as the whole-space index does", async () => {
    const builder = new HnswIndexBuilder(dimensions, 2);
    vectors(2, 5).forEach((vector, position) => builder.add(vector, position));
    const index = await builder.write(join(mkdtempSync(join(tmpdir(), "hnsw-subspace-")), "hnswlib.index"));
    for (const length of [0, dimensions - 1, dimensions + 1]) {
      expect(() => index.search(new Array<number>(length).fill(0.5), 1)).toThrow(new RegExp(`a query of ${length} dimensions for an index of ${dimensions}; fix: `));
    }
  });

  it("refuses to write an index whose chunks all have zero vectors", async () => {
    const builder = new HnswIndexBuilder(dimensions, 2);
    builder.add(new Array<number>(dimensions).fill(0), 0);
    builder.add(new Array<number>(dimensions).fill(0), 1);
    await expect(builder.write(join(mkdtempSync(join(tmpdir(), "hnsw-subspace-")), "hnswlib.index"))).rejects.toThrow(/every one of the 2 chunks has a zero embedding; fix: /);
  });
});
