import { readFileSync } from "node:fs";
import { readCoreSettings } from "../../src/config/settings.js";
import { loadLexicon, type Lexicon } from "../../src/lexicon/load-lexicon.js";
import { parseRules } from "../../src/rules/load-rules.js";
import type { Rules } from "../../src/rules/rules-schema.js";

/** The shipped rules and lexicon, for unit tests that need the real data files. */
export function loadCoreData(): { rules: Rules; lexicon: Lexicon; corpusText: string } {
  const settings = readCoreSettings({});
  if (!settings.ok) throw new Error(settings.error);
  const rules = parseRules("rules.yaml", readFileSync(settings.value.rulesFile, "utf8"));
  if (!rules.ok) throw new Error(rules.error);
  const lexicon = loadLexicon(settings.value.lexiconFile);
  if (!lexicon.ok) throw new Error(lexicon.error);
  return { rules: rules.value, lexicon: lexicon.value, corpusText: readFileSync(settings.value.corpusFile, "utf8") };
}
