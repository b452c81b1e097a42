import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { defaultLexiconFile } from "../../src/llm/guard/load-guard-vocabulary.js";

let shipped: Record<string, any> | null = null;

/**
 * A copy of the shipped lexicon, changed by `change`, in a fresh temporary directory; returns its path. The shipped
 * file is parsed once per worker, and the copy is written as JSON (which is YAML too): parsing and writing the YAML
 * again for every copy cost about 0.1 s each.
 */
export function lexiconWith(change: (data: Record<string, any>) => void): string {
  shipped ??= parse(readFileSync(defaultLexiconFile, "utf8")) as Record<string, any>;
  const data = structuredClone(shipped);
  change(data);
  const file = join(mkdtempSync(join(tmpdir(), "guard-lexicon-")), "lexicon.yaml");
  writeFileSync(file, JSON.stringify(data, null, 1));
  return file;
}
