import { join } from "node:path";
import { validateWithSchema, type CompactDataFileOptions } from "../config/compact-data-file.js";
import { rulesSchema, type Rules } from "../rules/rules-schema.js";

/** The rules file read through its compact copy beside the index; messages as src/rules/load-rules.ts words them. */
export function compactRulesOptions(cacheDirectory: string, rulesFile: string): CompactDataFileOptions<Rules> {
  return {
    cacheDirectory: join(cacheDirectory, "compact"),
    validate: validateWithSchema(rulesFile, rulesSchema, "edit the rules file; README.md › Updating the corpus and rules describes each field"),
    unreadable: (reason) =>
      reason.startsWith("not valid YAML") ? `${rulesFile}: (root): ${reason}` : `${rulesFile}: cannot read the rules file (${reason}); fix: check RULES_FILE or restore corpus/rules.yaml`,
  };
}
