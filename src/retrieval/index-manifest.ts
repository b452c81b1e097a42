import { readFile } from "node:fs/promises";
import { z } from "zod";
import { formatValidationError } from "../config/format-validation-error.js";
import { fail, ok, type Result } from "../shared/result.js";

export const indexManifestSchema = z.object({
  version: z.literal(1),
  corpusHash: z.string().regex(/^[0-9a-f]{64}$/),
  chunker: z.string().min(1),
  embedder: z.string().min(1),
  dimensions: z.number().int().positive(),
  chunks: z.number().int().nonnegative(),
  builtAt: z.string().datetime(),
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
export function staleReason(manifest: IndexManifest, expected: Omit<IndexManifest, "builtAt" | "chunks">): string | null {
  if (manifest.corpusHash !== expected.corpusHash) return "the corpus changed";
  if (manifest.chunker !== expected.chunker) return "the chunker changed";
  if (manifest.embedder !== expected.embedder) return "the embedder changed";
  if (manifest.dimensions !== expected.dimensions) return "the embedding dimensions changed";
  return null;
}
