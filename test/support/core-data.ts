import { readFileSync } from "node:fs";
import { readCoreSettings } from "../../src/config/settings.js";
import { loadLexicon, type Lexicon } from "../../src/lexicon/load-lexicon.js";
import { parseRules } from "../../src/rules/load-rules.js";
import type { Rules } from "../../src/rules/rules-schema.js";

interface CoreData {
  readonly rules: Rules;
  readonly lexicon: Lexicon;
  readonly corpusText: string;
}

/**
 * The data last loaded, with the texts it was loaded from. A worker runs file after file in one module graph
 * (vitest.config.ts, isolate: false), and parsing the rules' and the lexicon's YAML took ~0.15 s per test file that
 * asked; the same texts give the same data, which no test changes (Rules and Lexicon are read-only types).
 */
let loaded: { readonly texts: string; readonly data: CoreData } | null = null;

/** The shipped rules and lexicon, for unit tests that need the real data files. */
export function loadCoreData(): CoreData {
  const settings = readCoreSettings({});
  if (!settings.ok) throw new Error(settings.error);
  const rulesText = readFileSync(settings.value.rulesFile, "utf8");
  const lexiconText = readFileSync(settings.value.lexiconFile, "utf8");
  const corpusText = readFileSync(settings.value.corpusFile, "utf8");
  const texts = `${rulesText}\u0000${lexiconText}\u0000${corpusText}`;
  if (loaded?.texts === texts) return loaded.data;
  const rules = parseRules("rules.yaml", rulesText);
  if (!rules.ok) throw new Error(rules.error);
  const lexicon = loadLexicon(settings.value.lexiconFile);
  if (!lexicon.ok) throw new Error(lexicon.error);
  loaded = { texts, data: { rules: rules.value, lexicon: lexicon.value, corpusText } };
  return loaded.data;
}
