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
  const lexicon = loadLexicon(file);
  return lexicon.ok ? ok(lexicon.value.commands) : lexicon;
}
