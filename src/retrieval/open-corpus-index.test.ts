import { mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readCoreSettings } from "../config/settings.js";
import { chunkCorpus, type CorpusChunk } from "../corpus/chunk-corpus.js";
import { parseCorpusDocument } from "../corpus/corpus-document.js";
import { ManualClock } from "../shared/clock.js";
import { LocalHashEmbeddings } from "./local-embeddings.js";
import { openCorpusIndex, type OpenIndexOptions } from "./open-corpus-index.js";
import { seededCacheDirectory, testSettings } from "../../test/support/answer-service.js";
import { createAnswerService } from "../app/create-answer-service.js";
import { openRetriever } from "./open-retriever.js";
import { Tokenizer } from "./tokenizer.js";

let chunks: CorpusChunk[];
let hash: string;
let tokenizer: Tokenizer;

beforeAll(() => {
  const settings = readCoreSettings({});
  if (!settings.ok) throw new Error(settings.error);
  const document = parseCorpusDocument(readFileSync(settings.value.corpusFile, "utf8"), "corpus");
  if (!document.ok) throw new Error(document.error);
  chunks = chunkCorpus(document.value);
  hash = document.value.hash;
  tokenizer = new Tokenizer();
});

const options = (cacheDirectory: string, overrides: Partial<OpenIndexOptions> = {}): OpenIndexOptions => ({
  chunks,
  corpusHash: hash,
  embeddings: new LocalHashEmbeddings(tokenizer),
  tokenizer,
  cacheDirectory,
  clock: new ManualClock(Date.UTC(2026, 10, 28)),
  ...overrides,
});

/** The heading the index ranks first for a query, through a freshly loaded embedder. */
async function topHeading(opened: Awaited<ReturnType<typeof openCorpusIndex>>, embeddings: LocalHashEmbeddings, query: string) {
  const [vectorHit] = opened.index.search(await embeddings.embedQuery(query), 1);
  const [keywordHit] = opened.keywords.search(query, 1);
  return [chunks[vectorHit!.position]!.heading, chunks[keywordHit!.position]!.heading];
}

describe("openCorpusIndex", () => {
  it("builds the vector and keyword index on disk with a checksummed manifest, then loads it from the cache", async () => {
    const cache = mkdtempSync(join(tmpdir(), "index-"));
    const progress: string[] = [];
    const built = await openCorpusIndex(options(cache, { onProgress: (message) => progress.push(message) }));
    expect(built.rebuiltBecause).toBe("no index was cached yet");
    expect(built.index.size).toBe(chunks.length);
    expect(built.keywords.size).toBe(chunks.length);
    // args.json and docstore.json are LangChain HNSWLib's own, written with the index it saves.
    // 26 chunks span at most 26 of 768 dimensions: the index holds their coordinates in that subspace, its basis beside it.
    expect(readdirSync(built.directory).sort()).toEqual(["args.json", "docstore.json", "embeddings-state.json", "hnswlib.index", "keywords.json", "manifest.json", "postings.bin", "subspace.bin"]);
    expect(Object.keys(built.manifest.files).sort()).toEqual(["embeddings-state.json", "hnswlib.index", "keywords.json", "postings.bin", "subspace.bin"]);
    expect(progress.join("\n")).toMatch(/Built the vector index: 26 vectors of 768 dimensions/);

    const embeddings = new LocalHashEmbeddings(tokenizer);
    const loaded = await openCorpusIndex(options(cache, { embeddings }));
    expect(loaded.rebuiltBecause).toBeNull();
    expect(loaded.manifest).toEqual(built.manifest);
    // The loaded embedder has the corpus statistics back: same vectors as one fitted on the corpus.
    const fitted = new LocalHashEmbeddings(tokenizer, chunks.map((chunk) => chunk.text));
    expect(await embeddings.embedQuery("直播带货")).toEqual(await fitted.embedQuery("直播带货"));
    expect(await topHeading(loaded, embeddings, "直播带货 电商平台")).toEqual(["电商平台 > 电商平台", "电商平台 > 电商平台"]);
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

  const damages: Array<[string, (directory: string) => void, RegExp]> = [
    ["flipped header bytes of the HNSW file", (directory) => flipBytes(join(directory, "hnswlib.index"), [0, 8, 16, 24, 40]), /hnswlib.index does not match its checksum/],
    ["a truncated HNSW file", (directory) => truncateSync(join(directory, "hnswlib.index"), 100), /hnswlib.index does not match its checksum/],
    ["a truncated keyword file", (directory) => truncateSync(join(directory, "keywords.json"), 50), /keywords.json does not match its checksum/],
    ["a truncated postings file", (directory) => truncateSync(join(directory, "postings.bin"), 10), /postings.bin does not match its checksum/],
    ["garbage in place of the HNSW file", (directory) => writeFileSync(join(directory, "hnswlib.index"), "garbage"), /does not match its checksum/],
    ["a deleted embeddings state", (directory) => writeFileSync(join(directory, "embeddings-state.json"), ""), /embeddings-state.json does not match/],
    ["other dimensions in the manifest", (directory) => editManifest(directory, (manifest) => ({ ...manifest, dimensions: 384 })), /the embedding dimensions changed/],
    ["a checksum list without the HNSW file", (directory) => editManifest(directory, (manifest) => ({ ...manifest, files: {} })), /hnswlib.index is not in the manifest/],
    ["a truncated subspace basis", (directory) => truncateSync(join(directory, "subspace.bin"), 16), /subspace.bin does not match its checksum/],
    [
      "a checksum list without the subspace basis (the HNSW file read with 768 dimensions would be misread)",
      (directory) => editManifest(directory, (manifest) => ({ ...manifest, files: Object.fromEntries(Object.entries(manifest.files as Record<string, string>).filter(([name]) => name !== "subspace.bin")) })),
      /subspace.bin is not in the manifest/,
    ],
    ["an index of an older format", (directory) => editManifest(directory, (manifest) => ({ ...manifest, version: 4 })), /^the index format changed$/],
  ];
  it.each(damages)("detects %s before the native reader sees it, rebuilds, and ranks correctly after", async (_, damage, reason) => {
    const cache = mkdtempSync(join(tmpdir(), "index-"));
    const built = await openCorpusIndex(options(cache));
    damage(built.directory);
    const progress: string[] = [];
    const embeddings = new LocalHashEmbeddings(tokenizer);
    const reopened = await openCorpusIndex(options(cache, { embeddings, onProgress: (message) => progress.push(message) }));
    expect(reopened.rebuiltBecause).toMatch(reason);
    expect(progress[0]).toMatch(/^Building the vector index: .+\n?$/); // one line
    expect(await topHeading(reopened, embeddings, "直播带货 电商平台")).toEqual(["电商平台 > 电商平台", "电商平台 > 电商平台"]);
    expect((await openCorpusIndex(options(cache))).rebuiltBecause).toBeNull();
  });

  it("keeps indexes of different embedders apart", async () => {
    const cache = mkdtempSync(join(tmpdir(), "index-"));
    const first = await openCorpusIndex(options(cache));
    const other = Object.assign(new LocalHashEmbeddings(tokenizer), { id: "other-embedder" });
    const second = await openCorpusIndex(options(cache, { embeddings: other }));
    expect(second.directory).not.toBe(first.directory);
    expect(second.manifest.embedder).toBe("other-embedder");
  });

  it("leaves no half-built folder behind when a build fails", async () => {
    const cache = mkdtempSync(join(tmpdir(), "index-"));
    const failing = Object.assign(new LocalHashEmbeddings(tokenizer), {
      fitAndEmbed: () => {
        throw new Error("embedding failed half way");
      },
    });
    await expect(openCorpusIndex(options(cache, { embeddings: failing }))).rejects.toThrow("embedding failed half way");
    expect(readdirSync(join(cache, "index"))).toEqual([]);
  });
});

describe("openRetriever", () => {
  it("passes on a build failure's own fix when it is not the cache folder's", async () => {
    // Through the answer service, so the cache folder can be seeded with the run's compact dictionary.
    const cacheDirectory = seededCacheDirectory();
    const short = { id: "short-vectors", dimensions: 768, embedDocuments: async (texts: string[]) => texts.map(() => [1, 0, 0]), embedQuery: async () => [1, 0, 0] };
    const service = await createAnswerService({ settings: testSettings({ cacheDirectory }), embeddings: () => short });
    expect(service).toEqual({ ok: false, error: `${cacheDirectory}: cannot build the vector index: embedding for chunk 0 has 3 dimensions, the index 768; fix: rebuild with one embeddings model (npm run index)` });
  });

  it("fails in one line naming CACHE_DIR when the cache folder cannot be created", async () => {
    const opened = await openRetriever({ chunks, corpusHash: hash, vocabulary: [], cacheDirectory: "/proc/live-category-bot-cache", clock: new ManualClock(0) });
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error).toMatch(/^\/proc\/live-category-bot-cache: cannot build the vector index \(\w+\); fix: set CACHE_DIR to a folder this user can create and write$/);
  });
});

function flipBytes(file: string, offsets: readonly number[]): void {
  const data = readFileSync(file);
  for (const offset of offsets) data[offset] = data[offset]! ^ 0xff;
  writeFileSync(file, data);
}

function editManifest(directory: string, edit: (manifest: Record<string, unknown>) => Record<string, unknown>): void {
  const file = join(directory, "manifest.json");
  writeFileSync(file, JSON.stringify(edit(JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>)));
}

