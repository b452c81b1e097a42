import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { readCoreSettings } from "../config/settings.js";
import { chunkCorpus, type CorpusChunk } from "../corpus/chunk-corpus.js";
import { parseCorpusDocument } from "../corpus/corpus-document.js";
import { ManualClock } from "../shared/clock.js";
import { LocalHashEmbeddings } from "./local-embeddings.js";
import { openCorpusIndex, type OpenIndexOptions } from "./open-corpus-index.js";
import { Tokenizer } from "./tokenizer.js";

let chunks: CorpusChunk[];
let hash: string;
let embeddings: LocalHashEmbeddings;

beforeAll(() => {
  const settings = readCoreSettings({});
  if (!settings.ok) throw new Error(settings.error);
  const document = parseCorpusDocument(readFileSync(settings.value.corpusFile, "utf8"), "corpus");
  if (!document.ok) throw new Error(document.error);
  chunks = chunkCorpus(document.value);
  hash = document.value.hash;
  embeddings = new LocalHashEmbeddings(new Tokenizer(), chunks.map((chunk) => chunk.text));
});

const options = (cacheDirectory: string, overrides: Partial<OpenIndexOptions> = {}): OpenIndexOptions => ({
  chunks,
  corpusHash: hash,
  embeddings,
  cacheDirectory,
  clock: new ManualClock(Date.UTC(2026, 10, 28)),
  ...overrides,
});

describe("openCorpusIndex", () => {
  it("builds an HNSW index on disk with a manifest, then loads it from the cache", async () => {
    const cache = mkdtempSync(join(tmpdir(), "index-"));
    const progress: string[] = [];
    const built = await openCorpusIndex(options(cache, { onProgress: (message) => progress.push(message) }));
    expect(built.rebuiltBecause).toBe("no index was cached yet");
    expect(built.index.size).toBe(chunks.length);
    expect(readdirSync(built.directory).sort()).toEqual(["args.json", "docstore.json", "hnswlib.index", "manifest.json"]);
    expect(progress.join("\n")).toMatch(/Built the vector index: 26 vectors of 768 dimensions/);

    const loaded = await openCorpusIndex(options(cache));
    expect(loaded.rebuiltBecause).toBeNull();
    expect(loaded.manifest).toEqual(built.manifest);
  });

  it("rebuilds when the corpus changed", async () => {
    const cache = mkdtempSync(join(tmpdir(), "index-"));
    await openCorpusIndex(options(cache));
    const reopened = await openCorpusIndex(options(cache, { corpusHash: "f".repeat(64) }));
    expect(reopened.rebuiltBecause).toBe("the corpus changed");
  });

  it("rebuilds when the manifest is corrupt", async () => {
    const cache = mkdtempSync(join(tmpdir(), "index-"));
    const built = await openCorpusIndex(options(cache));
    writeFileSync(join(built.directory, "manifest.json"), "{ not json");
    const reopened = await openCorpusIndex(options(cache));
    expect(reopened.rebuiltBecause).toMatch(/^the manifest is invalid/);
    expect(reopened.index.size).toBe(chunks.length);
  });

  it("rebuilds when the index file is unreadable", async () => {
    const cache = mkdtempSync(join(tmpdir(), "index-"));
    const built = await openCorpusIndex(options(cache));
    writeFileSync(join(built.directory, "hnswlib.index"), "garbage");
    const reopened = await openCorpusIndex(options(cache));
    expect(reopened.rebuiltBecause).toMatch(/unreadable|does not match/);
    const hits = await reopened.index.search(await embeddings.embedQuery("直播带货"), 1);
    expect(hits).toHaveLength(1);
  });

  it("keeps indexes of different embedders apart", async () => {
    const cache = mkdtempSync(join(tmpdir(), "index-"));
    const first = await openCorpusIndex(options(cache));
    const other = Object.assign(Object.create(embeddings) as LocalHashEmbeddings, { id: "other-embedder" });
    const second = await openCorpusIndex(options(cache, { embeddings: other }));
    expect(second.directory).not.toBe(first.directory);
    expect(second.manifest.embedder).toBe("other-embedder");
  });
});
