import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HnswIndexBuilder } from "./hnsw-vector-store.js";

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
