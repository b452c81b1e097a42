import { describe, expect, it } from "vitest";
import { CorpusSubspace } from "./corpus-subspace.js";

/** Sparse vectors like the local embeddings': a few non-zero values, seeded so a failure repeats. */
function sparseRows(count: number, dimensions: number, seed: number): Float32Array {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const rows = new Float32Array(count * dimensions);
  for (let row = 0; row < count; row += 1) {
    for (let value = 0; value < 6; value += 1) rows[row * dimensions + Math.floor(random() * dimensions)] = random() * 2 - 1;
  }
  return rows;
}

const rowOf = (rows: Float32Array, row: number, dimensions: number) => Array.from(rows.subarray(row * dimensions, (row + 1) * dimensions));
const dot = (a: readonly number[], b: readonly number[]) => a.reduce((sum, value, index) => sum + value * b[index]!, 0);
const cosine = (a: readonly number[], b: readonly number[]) => dot(a, b) / Math.sqrt(dot(a, a) * dot(b, b));

describe("the corpus subspace", () => {
  it("keeps a query's cosine similarity with every row it was built from, once scaled by the part of the query it keeps", () => {
    const dimensions = 96;
    const rows = sparseRows(20, dimensions, 7);
    const subspace = CorpusSubspace.spanning(rows, 20, dimensions);
    expect(subspace.rank).toBe(20);
    const queries = sparseRows(30, dimensions, 11);
    for (let query = 0; query < 30; query += 1) {
      const vector = rowOf(queries, query, dimensions);
      const projected = subspace.project(vector);
      for (let row = 0; row < 20; row += 1) {
        const chunk = rowOf(rows, row, dimensions);
        // A zero similarity has no direction to compare in the subspace either.
        if (projected.kept === 0) expect(cosine(vector, chunk)).toBe(0);
        else expect(cosine(projected.coordinates, subspace.project(chunk).coordinates) * projected.kept).toBeCloseTo(cosine(vector, chunk), 10);
      }
    }
  });

  it("adds no axis for a zero row or a row the others already span, even nearly parallel ones", () => {
    const dimensions = 8;
    const a = [1, 2, 0, 0, 0, 0, 0, 3];
    const b = [0, 1, 0, 4, 0, 0, 0, 0];
    const rows = Float32Array.from([...a, ...b, ...a.map((value, index) => value + b[index]!), ...a.map((value) => 2 * value), ...new Array<number>(dimensions).fill(0)]);
    expect(CorpusSubspace.spanning(rows, 5, dimensions).rank).toBe(2);
  });

  it("keeps all of a vector inside the span and none of one orthogonal to every row", () => {
    const rows = Float32Array.from([1, 0, 0, 0, 0, 1, 1, 0]);
    const subspace = CorpusSubspace.spanning(rows, 2, 4);
    expect(subspace.project([2, 1, 1, 0]).kept).toBeCloseTo(1, 12);
    expect(subspace.project([0, 1, -1, 5])).toEqual({ coordinates: [0, 0], kept: 0 });
    expect(subspace.project([0, 0, 0, 0]).kept).toBe(0);
  });

  it("comes back from its bytes projecting exactly as before, and refuses bytes of another length", () => {
    const dimensions = 32;
    const subspace = CorpusSubspace.spanning(sparseRows(10, dimensions, 3), 10, dimensions);
    const bytes = subspace.toBytes();
    // At an odd offset of a larger buffer, as a read file may be.
    const copy = Buffer.alloc(bytes.length + 1);
    bytes.copy(copy, 1);
    const restored = CorpusSubspace.fromBytes(copy.subarray(1), dimensions);
    const query = rowOf(sparseRows(1, dimensions, 5), 0, dimensions);
    expect(restored?.project(query)).toEqual(subspace.project(query));
    expect(CorpusSubspace.fromBytes(bytes.subarray(0, bytes.length - 8), dimensions)).toBeNull();
    expect(CorpusSubspace.fromBytes(Buffer.alloc(0), dimensions)).toBeNull();
  });

  it("is used for up to 32 chunks, and never for more than half the dimensions", () => {
    expect(CorpusSubspace.fits(26, 768)).toBe(true);
    expect(CorpusSubspace.fits(32, 768)).toBe(true);
    expect(CorpusSubspace.fits(33, 768)).toBe(false);
    expect(CorpusSubspace.fits(251, 768)).toBe(false);
    expect(CorpusSubspace.fits(20, 32)).toBe(false);
    expect(CorpusSubspace.fits(0, 768)).toBe(false);
  });

  it("keeps the cosine similarities of nearly parallel rows (copies of one section) to 1e-13, which one orthogonalisation pass does not", () => {
    const dimensions = 64;
    const base = rowOf(sparseRows(1, dimensions, 19), 0, dimensions).map((value) => value + 0.5);
    const noise = sparseRows(40, dimensions, 29);
    const rows = Float32Array.from({ length: 40 * dimensions }, (_, index) => base[index % dimensions]! + noise[index]! * 1e-5);
    const subspace = CorpusSubspace.spanning(rows, 40, dimensions);
    const queries = sparseRows(50, dimensions, 31);
    let worst = 0;
    for (let query = 0; query < 50; query += 1) {
      const vector = rowOf(queries, query, dimensions);
      const projected = subspace.project(vector);
      if (projected.kept === 0) continue;
      for (let row = 0; row < 40; row += 1) {
        const chunk = rowOf(rows, row, dimensions);
        worst = Math.max(worst, Math.abs(cosine(projected.coordinates, subspace.projectRow(rows, row).coordinates) * projected.kept - cosine(vector, chunk)));
      }
    }
    expect(worst).toBeLessThan(1e-13);
  });
});
