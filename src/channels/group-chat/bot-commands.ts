import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../config/settings.js";
import type { CommandName } from "../../lexicon/lexicon-schema.js";
import { loadLexicon } from "../../lexicon/load-lexicon.js";
import { ok, type Result } from "../../shared/result.js";

/**
 * The command words (帮助, 类目, 来源 …) from a lexicon file's `commands:`; they are not kept in
 * code. `npm run bot` takes them from the answer service's lexicon (LEXICON_FILE); this default
 * (the repository's corpus/lexicon.yaml) is for embedding and tests.
 */
export function loadCommandWords(file = join(projectRoot, "corpus", "lexicon.yaml")): Result<ReadonlyMap<string, CommandName>> {
  const text = readText(file);
  const kept = loaded.get(file);
  if (kept && text !== null && kept.text === text) return ok(kept.commands);
  const lexicon = loadLexicon(file);
  if (!lexicon.ok) return lexicon;
  // Kept only when the file did not change while it was being read, so the words always match the text.
  if (text !== null && readText(file) === text) loaded.set(file, { text, commands: lexicon.value.commands });
  return ok(lexicon.value.commands);
}

/**
 * The words last read from each file, with the file's text: every bot built in one process (each test's) would
 * otherwise parse the lexicon's YAML again for the same words. An edited file is read afresh.
 */
const loaded = new Map<string, { readonly text: string; readonly commands: ReadonlyMap<string, CommandName> }>();

function readText(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}
