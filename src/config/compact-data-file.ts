import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { parse } from "yaml";
import type { ZodType, ZodTypeDef } from "zod";
import { fail, ok, type Result } from "../shared/result.js";
import { formatValidationError } from "./format-validation-error.js";
import { writeFileAside } from "./write-file-aside.js";

export interface CompactDataFileOptions<Value> {
  /** Where the compact copies live (beside the index), e.g. `<CACHE_DIR>/compact`. */
  readonly cacheDirectory: string;
  /** Validates (and may compile) the parsed data; runs on every load, cached or not. */
  readonly validate: (data: unknown) => Result<Value>;
  /** The message when the file cannot be read, or its YAML not parsed, given the reason. */
  readonly unreadable: (reason: string) => string;
}

/** A validator from a zod schema, reporting `file: path: problem` lines and the fix. */
export function validateWithSchema<Value>(file: string, schema: ZodType<Value, ZodTypeDef, unknown>, fix: string): (data: unknown) => Result<Value> {
  return (data) => {
    const parsed = schema.safeParse(data);
    return parsed.success ? ok(parsed.data) : fail(formatValidationError(file, parsed.error, fix));
  };
}

const compactFormat = "yaml-data-v1";

/**
 * Reads a YAML data file through a JSON copy of its parsed data, keyed by the file's path and content hash:
 * parsing YAML costs ~100 ms a start, JSON well under 1 ms. The YAML stays the source: any edit changes the hash
 * and the copy is made again. The data is validated (and compiled) every time, so the result is exactly what
 * parsing the YAML would give, and a schema change in the code never meets a stale copy unchecked.
 */
export async function loadCompactDataFile<Value>(file: string, options: CompactDataFileOptions<Value>): Promise<Result<Value>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return fail(options.unreadable((error as NodeJS.ErrnoException).code ?? String(error)));
  }
  const sourceHash = createHash("sha256").update(text).digest("hex");
  const copy = join(options.cacheDirectory, `${basename(file).replace(/[^\w.-]+/g, "_")}-${createHash("sha256").update(file).digest("hex").slice(0, 12)}.json`);
  let data: unknown;
  let cached = false;
  try {
    const stored = JSON.parse(await readFile(copy, "utf8")) as { format?: string; sourceHash?: string; data?: unknown };
    if (stored.format === compactFormat && stored.sourceHash === sourceHash) {
      data = stored.data;
      cached = true;
    }
  } catch {
    // no copy yet, or a damaged one: parse the YAML
  }
  if (!cached) {
    try {
      data = parse(text);
    } catch (error) {
      return fail(options.unreadable(`not valid YAML: ${(error as Error).message.split("\n")[0]}`));
    }
  }
  const validated = options.validate(data);
  if (validated.ok && !cached) await saveCopy(copy, { format: compactFormat, source: file, sourceHash, data });
  return validated;
}

async function saveCopy(copy: string, content: unknown): Promise<void> {
  try {
    await writeFileAside(copy, JSON.stringify(content));
  } catch {
    // A cache that cannot be written only costs the YAML parse next time.
  }
}
