import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { z } from "zod";
import { fail, ok, type Result } from "../shared/result.js";
import { formatValidationError } from "./format-validation-error.js";

/** Reads a YAML data file and validates it; errors name the file, the path and the fix. Synchronous: read at start-up. */
export function readValidatedYaml<Schema extends z.ZodTypeAny>(file: string, schema: Schema, fix: string): Result<z.infer<Schema>> {
  let data: unknown;
  try {
    data = parse(readFileSync(file, "utf8"));
  } catch (error) {
    return fail(`${file}: (root): cannot read or parse (${(error as Error).message.split("\n")[0]}); fix: restore the file from git`);
  }
  const parsed = schema.safeParse(data);
  return parsed.success ? ok(parsed.data) : fail(formatValidationError(file, parsed.error, fix));
}
