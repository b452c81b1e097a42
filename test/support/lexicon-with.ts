import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { defaultLexiconFile } from "../../src/llm/guard/load-guard-vocabulary.js";

/** A copy of the shipped lexicon, changed by `change`, in a fresh temporary directory; returns its path. */
export function lexiconWith(change: (data: Record<string, any>) => void): string {
  const data = parse(readFileSync(defaultLexiconFile, "utf8")) as Record<string, any>;
  change(data);
  const file = join(mkdtempSync(join(tmpdir(), "guard-lexicon-")), "lexicon.yaml");
  writeFileSync(file, stringify(data));
  return file;
}
