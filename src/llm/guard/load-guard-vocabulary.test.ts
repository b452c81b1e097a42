import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { readCoreSettings } from "../../config/settings.js";
import { parseRules } from "../../rules/load-rules.js";
import { defaultLexiconFile, loadGuardVocabulary } from "./load-guard-vocabulary.js";

const settings = readCoreSettings({});
if (!settings.ok) throw new Error(settings.error);
const rules = parseRules("rules.yaml", readFileSync(settings.value.rulesFile, "utf8"));
if (!rules.ok) throw new Error(rules.error);

function lexiconWith(change: (data: Record<string, any>) => void): string {
  const data = parse(readFileSync(defaultLexiconFile, "utf8")) as Record<string, any>;
  change(data);
  const file = join(mkdtempSync(join(tmpdir(), "guard-lexicon-")), "lexicon.yaml");
  writeFileSync(file, stringify(data));
  return file;
}

describe("loading the guard's vocabulary", () => {
  it("reads the repository's lexicon", () => {
    const vocabulary = loadGuardVocabulary(defaultLexiconFile, rules.value);
    expect(vocabulary.ok).toBe(true);
  });

  it("names the file, the path and the fix when a guard list is malformed", () => {
    const vocabulary = loadGuardVocabulary(lexiconWith((data) => (data.guard.negation = "不能")), rules.value);
    expect(vocabulary).toMatchObject({ ok: false });
    if (!vocabulary.ok) expect(vocabulary.error).toMatch(/lexicon\.yaml: guard\.negation: .*\nfix: see the guard section/);
  });

  it("names a missing methods section", () => {
    const vocabulary = loadGuardVocabulary(lexiconWith((data) => delete data.methods), rules.value);
    expect(vocabulary.ok).toBe(false);
    if (!vocabulary.ok) expect(vocabulary.error).toMatch(/lexicon\.yaml: methods: Required/);
  });

  it("says so in one line when the file is missing", () => {
    const vocabulary = loadGuardVocabulary("/nowhere/lexicon.yaml", rules.value);
    expect(vocabulary).toEqual({ ok: false, error: "/nowhere/lexicon.yaml: (root): cannot read or parse (file not found); fix: restore corpus/lexicon.yaml from git" });
  });
});
