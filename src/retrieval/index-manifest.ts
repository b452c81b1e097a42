import { createHash } from "node:crypto";
import { open, readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { formatValidationError } from "../config/format-validation-error.js";
import { fail, ok, type Result } from "../shared/result.js";

/** Bump when the files of an index change shape, so older caches are rebuilt rather than misread. */
export const indexFormatVersion = 5 as const;

export const indexManifestSchema = z.object({
  // Any version parses, so an older index is rebuilt because "the index format changed" rather than as invalid.
  version: z.number().int().positive(),
  corpusHash: z.string().regex(/^[0-9a-f]{64}$/),
  chunker: z.string().min(1),
  embedder: z.string().min(1),
  dimensions: z.number().int().positive(),
  chunks: z.number().int().nonnegative(),
  builtAt: z.string().datetime(),
  /** sha256 of every other file of the index, checked before any of them is read. */
  files: z.record(z.string().regex(/^[a-z0-9.-]+$/), z.string().regex(/^[0-9a-f]{64}$/)),
});
export type IndexManifest = z.infer<typeof indexManifestSchema>;

export const manifestFileName = "manifest.json";

export async function readIndexManifest(file: string): Promise<Result<IndexManifest>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return fail(`${file}: missing`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(`${file}: (root): not valid JSON`);
  }
  const parsed = indexManifestSchema.safeParse(data);
  return parsed.success ? ok(parsed.data) : fail(formatValidationError(file, parsed.error));
}

/** Why a cached index cannot serve the current corpus and embedder, or null when it can. */
export function staleReason(manifest: IndexManifest, expected: Pick<IndexManifest, "corpusHash" | "chunker" | "embedder" | "dimensions" | "chunks">): string | null {
  if (manifest.corpusHash !== expected.corpusHash) return "the corpus changed";
  if (manifest.chunker !== expected.chunker) return "the chunker changed";
  if (manifest.embedder !== expected.embedder) return "the embedder changed";
  if (manifest.dimensions !== expected.dimensions) return "the embedding dimensions changed";
  if (manifest.chunks !== expected.chunks) return "the number of chunks changed";
  return null;
}

export const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

/**
 * Reads every file the manifest lists and checks its hash, so a damaged file never reaches the native HNSW
 * reader (which can crash the process on bad bytes). Returns the verified contents, or why they cannot be used.
 * Files named in `hashOnly` (read by their own reader afterwards) are hashed through a small buffer instead of
 * being held whole: at 1000× the sections the HNSW file is 80 MB.
 */
export async function readVerifiedFiles(directory: string, manifest: IndexManifest, required: readonly string[], hashOnly: ReadonlySet<string> = new Set()): Promise<Result<Map<string, Buffer>>> {
  const contents = new Map<string, Buffer>();
  for (const name of required) if (!(name in manifest.files)) return fail(`${name} is not in the manifest`);
  for (const [name, expected] of Object.entries(manifest.files)) {
    let actual: string;
    try {
      if (hashOnly.has(name)) actual = await hashFile(join(directory, name));
      else {
        const data = await readFile(join(directory, name));
        actual = sha256(data);
        contents.set(name, data);
      }
    } catch (error) {
      return fail(`${name} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    if (actual !== expected) return fail(`${name} does not match its checksum`);
  }
  return ok(contents);
}

/** sha256 of a file, read through a 1 MiB buffer. */
export async function hashFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return hash.digest("hex");
}
