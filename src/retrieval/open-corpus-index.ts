import { createHash } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { chunkerVersion, type CorpusChunk } from "../corpus/chunk-corpus.js";
import type { Clock } from "../shared/clock.js";
import { CorpusSubspace } from "./corpus-subspace.js";
import { HnswIndexBuilder, loadHnswIndex, subspaceFileName, vectorIndexFileName, type VectorIndex } from "./hnsw-vector-store.js";
import { hashFile, indexFormatVersion, manifestFileName, readIndexManifest, readVerifiedFiles, sha256, staleReason, type IndexManifest } from "./index-manifest.js";
import { KeywordIndex, type KeywordIndexData } from "./keyword-index.js";
import { makeDirectory } from "../config/make-directory.js";
import type { Tokenizer } from "./tokenizer.js";
import { wordsByLine } from "./words-by-line.js";

/** The embeddings the index is built with (LangChain's EmbeddingsInterface fits). */
export interface IndexedEmbeddings {
  /** Names the model and settings; indexes from different embedders never mix. */
  readonly id: string;
  readonly dimensions: number;
  embedDocuments(documents: string[]): Promise<number[][]>;
  embedQuery(document: string): Promise<number[]>;
}

/** Embeddings whose corpus statistics are saved with the index (the local ones). */
interface PersistentEmbeddings {
  fitAndEmbed(corpusTexts: readonly string[], wordsOf: (position: number) => readonly string[], onVector: (vector: Float64Array, position: number) => void): void;
  persistentState(): unknown;
  restoreState(state: never): void;
}
const isPersistent = (embeddings: object): embeddings is PersistentEmbeddings => "persistentState" in embeddings && "restoreState" in embeddings && "fitAndEmbed" in embeddings;

export interface OpenIndexOptions {
  readonly chunks: readonly CorpusChunk[];
  readonly corpusHash: string;
  readonly embeddings: IndexedEmbeddings;
  readonly tokenizer: Tokenizer;
  readonly cacheDirectory: string;
  readonly clock: Clock;
  /** Force a rebuild even when the cached index is current. */
  readonly rebuild?: boolean;
  readonly onProgress?: (message: string) => void;
}

export interface OpenedIndex {
  readonly index: VectorIndex;
  readonly keywords: KeywordIndex;
  readonly directory: string;
  readonly manifest: IndexManifest;
  /** Why it was built now; null when loaded from the cache. */
  readonly rebuiltBecause: string | null;
  readonly milliseconds: number;
}

const keywordsFileName = "keywords.json";
const postingsFileName = "postings.bin";
const embeddingsStateFileName = "embeddings-state.json";
const embeddingBatch = 256;

/**
 * From this much corpus text (in code units) a build loads jieba's whole dictionary at once; below it, the tokenizer
 * loads only the words each line holds, each load costing a pass over the words loaded so far (and it still switches
 * to the whole dictionary after 50,000 words). The shipped corpus (4,800 characters) rebuilds in 0.75 s instead of
 * 1.2 s and 110 MiB instead of 160 MiB. Text of random dictionary words, where every word is new (the worst case),
 * costs more loaded line by line than the whole dictionary's load from about 400,000 characters; half that keeps
 * clear of it.
 */
const wholeDictionaryFromCharacters = 200_000;

/**
 * Loads the cached vector and keyword index, or rebuilds both when missing, stale or damaged. Every file is
 * checked against the manifest's checksums before anything parses it.
 */
export async function openCorpusIndex(options: OpenIndexOptions): Promise<OpenedIndex> {
  const started = options.clock.now();
  const directory = join(options.cacheDirectory, "index", safeDirectoryName(options.embeddings.id));
  const expected = {
    version: indexFormatVersion,
    corpusHash: options.corpusHash,
    chunker: chunkerVersion,
    embedder: options.embeddings.id,
    dimensions: options.embeddings.dimensions,
    chunks: options.chunks.length,
  };

  let reason: string | null = options.rebuild ? "a rebuild was requested" : null;
  if (!reason) {
    const loaded = await loadCached(directory, expected, options);
    if (loaded.ok) return { ...loaded.value, directory, rebuiltBecause: null, milliseconds: options.clock.now() - started };
    reason = loaded.reason;
  }

  options.onProgress?.(`Building the vector index: ${reason}; embedding ${options.chunks.length} chunks with ${options.embeddings.id}…`);
  await makeDirectory(join(options.cacheDirectory, "index"));
  // Build beside the live index and swap, so a crash or a second process never sees half an index;
  // a build that fails removes its folder.
  const building = `${directory}.building-${process.pid}`;
  await rm(building, { recursive: true, force: true });
  let built: Omit<OpenedIndex, "directory" | "rebuiltBecause" | "milliseconds">;
  try {
    await makeDirectory(building);
    built = await buildInto(building, expected, options);
  } catch (error) {
    await rm(building, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  try {
    await rm(directory, { recursive: true, force: true });
    await rename(building, directory);
  } catch {
    // Another process swapped its own build in first (both were built from the same corpus: keep theirs), or the
    // old index cannot be removed: the new one still serves from memory, and no half-swapped folder stays behind.
    await rm(building, { recursive: true, force: true }).catch(() => undefined);
  }
  const milliseconds = options.clock.now() - started;
  options.onProgress?.(`Built the vector index: ${built.index.size} vectors of ${expected.dimensions} dimensions in ${milliseconds} ms (${directory}).`);
  return { ...built, directory, rebuiltBecause: reason, milliseconds };
}

type Expected = Omit<IndexManifest, "builtAt" | "files">;

async function loadCached(
  directory: string,
  expected: Expected,
  options: OpenIndexOptions,
): Promise<{ ok: true; value: Pick<OpenedIndex, "index" | "keywords" | "manifest"> } | { ok: false; reason: string }> {
  const manifest = await readIndexManifest(join(directory, manifestFileName));
  if (!manifest.ok) return { ok: false, reason: manifest.error.endsWith("missing") ? "no index was cached yet" : `the manifest is invalid (${firstLine(manifest.error)})` };
  if (manifest.value.version !== expected.version) return { ok: false, reason: "the index format changed" };
  const stale = staleReason(manifest.value, expected);
  if (stale) return { ok: false, reason: stale };
  const persistent = isPersistent(options.embeddings);
  // An index of few chunks holds coordinates in the corpus subspace; read with the whole space's dimensions it
  // would be misread by the native reader, so the basis is required, not taken on the manifest's word.
  const projected = CorpusSubspace.fits(expected.chunks, expected.dimensions);
  const required = [vectorIndexFileName, keywordsFileName, postingsFileName, ...(persistent ? [embeddingsStateFileName] : []), ...(projected ? [subspaceFileName] : [])];
  const files = await readVerifiedFiles(directory, manifest.value, required, new Set([vectorIndexFileName]));
  if (!files.ok) return { ok: false, reason: `the cached index is damaged: ${files.error}` };
  try {
    const keywordData = JSON.parse(files.value.get(keywordsFileName)!.toString("utf8")) as KeywordIndexData;
    const postings = keywordData.format === "bm25-postings-v3" && keywordData.lengths.length === expected.chunks ? KeywordIndex.postingsFrom(files.value.get(postingsFileName)!, keywordData) : null;
    if (!postings) return { ok: false, reason: "the keyword index does not match its manifest" };
    if (persistent) (options.embeddings as PersistentEmbeddings).restoreState(JSON.parse(files.value.get(embeddingsStateFileName)!.toString("utf8")) as never);
    const subspace = projected ? CorpusSubspace.fromBytes(files.value.get(subspaceFileName)!, expected.dimensions) : null;
    if (projected && !subspace) return { ok: false, reason: "the index does not match its manifest" };
    const index = loadHnswIndex(join(directory, vectorIndexFileName), expected.dimensions, subspace);
    if (index.size !== expected.chunks) return { ok: false, reason: "the index does not match its manifest" };
    return { ok: true, value: { index, keywords: new KeywordIndex(options.tokenizer, keywordData, postings), manifest: manifest.value } };
  } catch (error) {
    return { ok: false, reason: `the index files are unreadable (${firstLine((error as Error).message)})` };
  }
}

async function buildInto(folder: string, expected: Expected, options: OpenIndexOptions): Promise<Pick<OpenedIndex, "index" | "keywords" | "manifest">> {
  const texts = options.chunks.map((chunk) => chunk.text);
  if (texts.reduce((sum, text) => sum + text.length, 0) >= wholeDictionaryFromCharacters) options.tokenizer.useFullDictionary();
  // Each chunk is segmented once (each distinct line, in fact); the keyword index and the local embeddings share the words.
  const words = wordsByLine(options.tokenizer, texts);
  const persistent = isPersistent(options.embeddings) ? options.embeddings : null;
  const files: Record<string, string> = {};
  const save = async (name: string, data: string | Buffer) => {
    await writeFile(join(folder, name), data);
    files[name] = sha256(data);
  };
  const builder = new HnswIndexBuilder(expected.dimensions, texts.length);
  if (persistent) {
    persistent.fitAndEmbed(texts, (position) => words[position]!, (vector, position) => builder.add(vector, position));
    await save(embeddingsStateFileName, JSON.stringify(persistent.persistentState()));
  } else {
    for (let start = 0; start < texts.length; start += embeddingBatch) {
      const vectors = await options.embeddings.embedDocuments(texts.slice(start, start + embeddingBatch));
      vectors.forEach((vector, offset) => builder.add(vector, start + offset));
    }
  }
  const keywords = KeywordIndex.build(options.tokenizer, texts, (_, position) => words[position]!);
  await save(keywordsFileName, JSON.stringify(keywords.data));
  await save(postingsFileName, keywords.postingsBytes());

  const vectorFile = join(folder, vectorIndexFileName);
  const index = await builder.write(vectorFile);
  files[vectorIndexFileName] = await hashFile(vectorFile);
  if (CorpusSubspace.fits(expected.chunks, expected.dimensions)) files[subspaceFileName] = await hashFile(join(folder, subspaceFileName));

  const manifest: IndexManifest = { ...expected, builtAt: new Date(options.clock.now()).toISOString(), files };
  // The manifest goes last: a folder without one is never read.
  await writeFile(join(folder, manifestFileName), `${JSON.stringify(manifest, null, 2)}\n`);
  return { index, keywords, manifest };
}

const firstLine = (text: string) => text.split("\n")[0]!;

function safeDirectoryName(id: string): string {
  const readable = id.replace(/[^a-zA-Z0-9._-]+/g, "_").slice(0, 60);
  return `${readable}-${createHash("sha256").update(id).digest("hex").slice(0, 8)}`;
}
