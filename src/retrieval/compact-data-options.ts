import { join } from "node:path";
import { validateWithSchema, type CompactDataFileOptions } from "../config/compact-data-file.js";
import { compileLexicon, type Lexicon } from "../lexicon/load-lexicon.js";
import { rulesSchema, type Rules } from "../rules/rules-schema.js";

// The data files read through compact copies beside the index (src/config/compact-data-file.ts), with the
// messages their own loaders give (src/rules/load-rules.ts, src/lexicon/load-lexicon.ts).

export function compactRulesOptions(cacheDirectory: string, rulesFile: string): CompactDataFileOptions<Rules> {
  return {
    cacheDirectory: join(cacheDirectory, "compact"),
    validate: validateWithSchema(rulesFile, rulesSchema, "edit the rules file; README.md › Updating the corpus and rules describes each field"),
    unreadable: (reason) =>
      reason.startsWith("not valid YAML") ? `${rulesFile}: (root): ${reason}` : `${rulesFile}: cannot read the rules file (${reason}); fix: check RULES_FILE or restore corpus/rules.yaml`,
  };
}

export function compactLexiconOptions(cacheDirectory: string, lexiconFile: string): CompactDataFileOptions<Lexicon> {
  return {
    cacheDirectory: join(cacheDirectory, "compact"),
    validate: (data) => compileLexicon(data, lexiconFile),
    unreadable: (reason) =>
      `${lexiconFile}: (root): cannot read or parse (${reason === "ENOENT" ? "file not found" : reason}); fix: restore corpus/lexicon.yaml from git or set LEXICON_FILE`,
  };
}
