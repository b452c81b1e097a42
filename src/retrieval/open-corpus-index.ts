import { createHash } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { chunkerVersion, type CorpusChunk } from "../corpus/chunk-corpus.js";
import type { Clock } from "../shared/clock.js";
import { buildHnswIndex, loadHnswIndex, type VectorIndex } from "./hnsw-vector-store.js";
import { manifestFileName, readIndexManifest, staleReason, type IndexManifest } from "./index-manifest.js";

export interface IndexedEmbeddings extends EmbeddingsInterface {
  /** Names the model and settings; indexes from different embedders never mix. */
  readonly id: string;
  readonly dimensions: number;
}

export interface OpenIndexOptions {
  readonly chunks: readonly CorpusChunk[];
  readonly corpusHash: string;
  readonly embeddings: IndexedEmbeddings;
  readonly cacheDirectory: string;
  readonly clock: Clock;
  /** Force a rebuild even when the cached index is current. */
  readonly rebuild?: boolean;
  readonly onProgress?: (message: string) => void;
}

export interface OpenedIndex {
  readonly index: VectorIndex;
  readonly directory: string;
  readonly manifest: IndexManifest;
  /** Why it was built now; null when loaded from the cache. */
  readonly rebuiltBecause: string | null;
  readonly milliseconds: number;
}

/** Loads the cached HNSW index, or rebuilds it when missing, stale or unreadable. */
export async function openCorpusIndex(options: OpenIndexOptions): Promise<OpenedIndex> {
  const started = options.clock.now();
  const directory = join(options.cacheDirectory, "index", safeDirectoryName(options.embeddings.id));
  const expected = {
    version: 1 as const,
    corpusHash: options.corpusHash,
    chunker: chunkerVersion,
    embedder: options.embeddings.id,
    dimensions: options.embeddings.dimensions,
  };

  let reason: string | null = options.rebuild ? "a rebuild was requested" : null;
  if (!reason) {
    const manifest = await readIndexManifest(join(directory, manifestFileName));
    if (!manifest.ok) reason = manifest.error.endsWith("missing") ? "no index was cached yet" : `the manifest is invalid (${manifest.error})`;
    else {
      reason = staleReason(manifest.value, expected);
      if (!reason) {
        try {
          const index = await loadHnswIndex(directory, options.embeddings);
          if (index.size === manifest.value.chunks) {
            return { index, directory, manifest: manifest.value, rebuiltBecause: null, milliseconds: options.clock.now() - started };
          }
          reason = "the index does not match its manifest";
        } catch (error) {
          reason = `the index files are unreadable (${(error as Error).message})`;
        }
      }
    }
  }

  options.onProgress?.(`Building the vector index: ${reason}; embedding ${options.chunks.length} chunks with ${options.embeddings.id}…`);
  // Build beside the live index and swap, so a crash or a second process never sees half an index.
  const building = `${directory}.building-${process.pid}`;
  await rm(building, { recursive: true, force: true });
  await mkdir(building, { recursive: true });
  const index = await buildHnswIndex(options.chunks, options.embeddings, building);
  const manifest: IndexManifest = { ...expected, chunks: options.chunks.length, builtAt: new Date(options.clock.now()).toISOString() };
  await writeFile(join(building, manifestFileName), `${JSON.stringify(manifest, null, 2)}\n`);
  await rm(directory, { recursive: true, force: true });
  try {
    await rename(building, directory);
  } catch {
    // Another process swapped its own build in first; both were built from the same corpus, keep theirs.
    await rm(building, { recursive: true, force: true });
  }
  const milliseconds = options.clock.now() - started;
  options.onProgress?.(`Built the vector index: ${index.size} vectors of ${expected.dimensions} dimensions in ${milliseconds} ms (${directory}).`);
  return { index, directory, manifest, rebuiltBecause: reason, milliseconds };
}

function safeDirectoryName(id: string): string {
  const readable = id.replace(/[^a-zA-Z0-9._-]+/g, "_").slice(0, 60);
  return `${readable}-${createHash("sha256").update(id).digest("hex").slice(0, 8)}`;
}
