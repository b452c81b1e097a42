import { join } from "node:path";
import { projectRoot } from "../../config/settings.js";
import type { CommandName } from "../../lexicon/lexicon-schema.js";
import { loadLexicon } from "../../lexicon/load-lexicon.js";
import type { Result } from "../../shared/result.js";
import { ok } from "../../shared/result.js";

/** The lexicon file until settings name it (LEXICON_FILE); relative to the project root. */
export const defaultLexiconFile = join(projectRoot, "corpus", "lexicon.yaml");

/** The command words (帮助, 类目, 来源 …) from the lexicon's `commands:`; they are not kept in code. */
export function loadCommandWords(file = defaultLexiconFile): Result<ReadonlyMap<string, CommandName>> {
  const lexicon = loadLexicon(file);
  return lexicon.ok ? ok(lexicon.value.commands) : lexicon;
}
