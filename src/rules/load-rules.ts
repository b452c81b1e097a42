import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { formatValidationError } from "../config/format-validation-error.js";
import { fail, ok, type Result } from "../shared/result.js";
import { rulesSchema, type Rules } from "./rules-schema.js";

/** Reads and validates the rules file; every problem is reported as `file: path: what is wrong`. */
export async function loadRules(file: string): Promise<Result<Rules>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return fail(`${file}: cannot read the rules file (${(error as NodeJS.ErrnoException).code ?? String(error)}); fix: check RULES_FILE or restore corpus/rules.yaml`);
  }
  return parseRules(file, text);
}

export function parseRules(file: string, text: string): Result<Rules> {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return fail(`${file}: (root): not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  const parsed = rulesSchema.safeParse(data);
  if (!parsed.success) {
    return fail(formatValidationError(file, parsed.error, "edit the rules file; README.md › Updating the corpus and rules describes each field"));
  }
  return ok(parsed.data);
}
