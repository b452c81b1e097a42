import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { defaultLexiconFile } from "../../src/llm/guard/load-guard-vocabulary.js";

let shipped: Record<string, any> | null = null;

/** The shipped lexicon's data (parsed once per worker), copied and changed by `change`. */
export function lexiconDataWith(change: (data: Record<string, any>) => void): Record<string, any> {
  shipped ??= parse(readFileSync(defaultLexiconFile, "utf8")) as Record<string, any>;
  const data = structuredClone(shipped);
  change(data);
  return data;
}

/**
 * A copy of the shipped lexicon, changed by `change`, in a fresh temporary directory; returns its path. Written as
 * JSON (which is YAML too): writing the YAML again for every copy cost about 0.1 s each.
 */
export function lexiconWith(change: (data: Record<string, any>) => void): string {
  const data = lexiconDataWith(change);
  const file = join(mkdtempSync(join(tmpdir(), "guard-lexicon-")), "lexicon.yaml");
  writeFileSync(file, JSON.stringify(data, null, 1));
  return file;
}
