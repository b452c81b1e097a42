/** See CorpusSubspace.fits. */
const maximumAxes = 32;

/**
 * The subspace the corpus's vectors span, for an index of few chunks: 26 chunks span at most 26 of the embedding's
 * 768 dimensions. Every chunk lies in it, so a query's dot product with any chunk equals its projection's, and the
 * cosine ranking is the same in either space. hnswlib-node reads a query one element at a time through its native
 * bridge (~0.1 ms at 768 values, most of an HNSW search on a small index), so the index stores the chunks'
 * coordinates in the subspace and each query is projected before it is searched.
 */
export class CorpusSubspace {
  /**
   * `columns[dimension * rank + axis]`: component `dimension` of the orthonormal basis vector `axis`, stored by
   * dimension so a sparse query (a few dozen non-zero values of 768) is projected by reading only its own rows.
   */
  private constructor(
    readonly dimensions: number,
    readonly rank: number,
    private readonly columns: Float64Array,
  ) {
    this.sums = new Float64Array(rank);
  }

  /** The projection's running sums, reused from one query to the next (a search is synchronous). */
  private readonly sums: Float64Array;

  /**
   * Worth it for few chunks. Projecting costs a multiply-add per non-zero query value and axis (~3 ns in
   * JavaScript), the native bridge ~0.13 µs per value it reads. A local query has a few dozen non-zero values and
   * gains at any rank measured (768 dimensions, 128 chunks: 36 µs against 148 µs); a dense one (a provider's
   * embeddings, a very long question) gains up to about 32 axes (26 chunks: 70 against 109 µs) and loses from about
   * 40 (64 chunks: 179 against 126 µs). Never more axes than half the dimensions.
   */
  static fits(chunks: number, dimensions: number): boolean {
    return chunks > 0 && chunks <= maximumAxes && chunks * 2 <= dimensions;
  }

  /**
   * An orthonormal basis of the rows' span by modified Gram-Schmidt, each row orthogonalised twice (once is not
   * enough in floating point when rows are nearly parallel, as copies of a section are). A row whose remainder is
   * below `1e-9` of its length adds nothing to the span and no axis.
   */
  static spanning(rows: Float32Array, count: number, dimensions: number): CorpusSubspace {
    const basis: Float64Array[] = [];
    for (let row = 0; row < count; row += 1) {
      const residual = Float64Array.from(rows.subarray(row * dimensions, (row + 1) * dimensions));
      const length = norm(residual);
      if (length === 0) continue;
      for (let pass = 0; pass < 2; pass += 1) {
        for (const axis of basis) {
          const along = dot(residual, axis);
          for (let dimension = 0; dimension < dimensions; dimension += 1) residual[dimension]! -= along * axis[dimension]!;
        }
      }
      const remainder = norm(residual);
      if (remainder <= 1e-9 * length) continue;
      for (let dimension = 0; dimension < dimensions; dimension += 1) residual[dimension]! /= remainder;
      basis.push(residual);
    }
    const rank = basis.length;
    const columns = new Float64Array(dimensions * rank);
    basis.forEach((axis, index) => {
      for (let dimension = 0; dimension < dimensions; dimension += 1) columns[dimension * rank + index] = axis[dimension]!;
    });
    return new CorpusSubspace(dimensions, rank, columns);
  }

  /** The basis as saved beside the index: 8 bytes a value, in this machine's byte order (as hnswlib's own file). */
  toBytes(): Buffer {
    return Buffer.from(this.columns.buffer, this.columns.byteOffset, this.columns.byteLength);
  }

  /** Null when the bytes cannot be a basis of that many dimensions. */
  static fromBytes(bytes: Buffer, dimensions: number): CorpusSubspace | null {
    const values = bytes.byteLength / Float64Array.BYTES_PER_ELEMENT;
    if (!Number.isInteger(values) || values === 0 || values % dimensions !== 0) return null;
    // Copied, so the values are aligned whatever the buffer's offset in its pool.
    const columns = new Float64Array(values);
    new Uint8Array(columns.buffer).set(bytes);
    return new CorpusSubspace(dimensions, values / dimensions, columns);
  }

  /**
   * The vector's coordinates in the subspace, and how much of its length they keep (|projection| / |vector|, 0 for
   * a zero vector). A cosine similarity `s` between the projection and a chunk is `s × kept` in the whole space.
   */
  project(vector: readonly number[]): { coordinates: number[]; kept: number } {
    const sums = this.sums.fill(0);
    let squares = 0;
    // The bound read once: until V8 optimises this loop, each `this.dimensions` in its test is a property lookup.
    const dimensions = this.dimensions;
    for (let dimension = 0; dimension < dimensions; dimension += 1) {
      const value = vector[dimension]!;
      if (value === 0) continue;
      squares += value * value;
      this.accumulate(sums, dimension, value);
    }
    return this.coordinatesOf(sums, squares);
  }

  /**
   * project() of row `row` of a row-major matrix of 32-bit floats (an index build's vectors): its own loop, so the
   * query path only ever reads JavaScript arrays and stays monomorphic.
   */
  projectRow(rows: Float32Array, row: number): { coordinates: number[]; kept: number } {
    const sums = this.sums.fill(0);
    const offset = row * this.dimensions;
    let squares = 0;
    for (let dimension = 0; dimension < this.dimensions; dimension += 1) {
      const value = rows[offset + dimension]!;
      if (value === 0) continue;
      squares += value * value;
      this.accumulate(sums, dimension, value);
    }
    return this.coordinatesOf(sums, squares);
  }

  private accumulate(sums: Float64Array, dimension: number, value: number): void {
    const { rank, columns } = this;
    const row = dimension * rank;
    for (let axis = 0; axis < rank; axis += 1) sums[axis]! += value * columns[row + axis]!;
  }

  private coordinatesOf(sums: Float64Array, squares: number): { coordinates: number[]; kept: number } {
    // hnswlib-node takes a JavaScript array.
    const coordinates = new Array<number>(this.rank);
    let projected = 0;
    for (let axis = 0; axis < this.rank; axis += 1) {
      const coordinate = sums[axis]!;
      coordinates[axis] = coordinate;
      projected += coordinate * coordinate;
    }
    return { coordinates, kept: squares === 0 ? 0 : Math.sqrt(projected / squares) };
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let index = 0; index < a.length; index += 1) sum += a[index]! * b[index]!;
  return sum;
}

const norm = (vector: Float64Array) => Math.sqrt(dot(vector, vector));
