import { join } from "node:path";
import { projectRoot, readCoreSettings } from "../../config/settings.js";
import type { CommandName } from "../../lexicon/lexicon-schema.js";
import { loadLexicon } from "../../lexicon/load-lexicon.js";
import { ok, type Result } from "../../shared/result.js";

/**
 * The command words (帮助, 类目, 来源 …) from the lexicon's `commands:` (LEXICON_FILE); they are
 * not kept in code. `npm run bot` takes them from the answer service's lexicon; this is for
 * embedding and tests.
 */
export function loadCommandWords(file = defaultLexiconFile()): Result<ReadonlyMap<string, CommandName>> {
  const lexicon = loadLexicon(file);
  return lexicon.ok ? ok(lexicon.value.commands) : lexicon;
}

function defaultLexiconFile(): string {
  const settings = readCoreSettings(process.env);
  return settings.ok ? settings.value.lexiconFile : join(projectRoot, "corpus", "lexicon.yaml");
}
