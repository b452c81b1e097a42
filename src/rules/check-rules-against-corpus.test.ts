import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCoreSettings } from "../config/settings.js";
import { parseCorpusDocument } from "../corpus/corpus-document.js";
import { checkRulesAgainstCorpus } from "./check-rules-against-corpus.js";
import { parseRules } from "./load-rules.js";

const settings = readCoreSettings({});
if (!settings.ok) throw new Error(settings.error);
const corpus = parseCorpusDocument(readFileSync(settings.value.corpusFile, "utf8"), "corpus");
if (!corpus.ok) throw new Error(corpus.error);
const rulesText = readFileSync(settings.value.rulesFile, "utf8");

describe("checkRulesAgainstCorpus", () => {
  it("accepts the shipped rules", () => {
    const rules = parseRules("rules.yaml", rulesText);
    if (!rules.ok) throw new Error(rules.error);
    expect(checkRulesAgainstCorpus(rules.value, corpus.value, "rules.yaml")).toEqual({ ok: true, value: true });
  });

  it("refuses a category whose method contradicts its access sentence, naming the file, the path and the fix", () => {
    const edited = rulesText.replace(/(id: ecommerce-platform[\s\S]*?method: )plugin/, "$1native");
    const rules = parseRules("rules.yaml", edited);
    if (!rules.ok) throw new Error(rules.error);
    const checked = checkRulesAgainstCorpus(rules.value, corpus.value, "rules.yaml");
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.error).toMatch(/^rules\.yaml: categories\.0\.method: "native" contradicts the document's access sentence in "电商平台 > 电商平台" \(「具备电商平台类目,可直接通过 小程序·云直播插件 进行接入小程序直播。」 says plugin\); fix: set method: plugin$/);
    }
  });

  it("refuses a combination whose method contradicts its condition sentence", () => {
    const edited = rulesText.replace(/(when: \[ecommerce-platform, social-live\]\n\s+method: )native/, "$1plugin");
    const rules = parseRules("rules.yaml", edited);
    if (!rules.ok) throw new Error(rules.error);
    const checked = checkRulesAgainstCorpus(rules.value, corpus.value, "rules.yaml");
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toMatch(/^rules\.yaml: combinations\.0\.method: "plugin" contradicts/);
  });

  it("refuses an option rule its category's section does not hold", () => {
    const edited = rulesText.replace("qualification: { rule: 二选一, choose: 1, of: 2, optionRule: 需同时提供 }", "qualification: { rule: 二选一, choose: 1, of: 2, optionRule: 3选1 }");
    expect(edited).not.toBe(rulesText);
    const rules = parseRules("rules.yaml", edited);
    if (!rules.ok) throw new Error(rules.error);
    const checked = checkRulesAgainstCorpus(rules.value, corpus.value, "rules.yaml");
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toMatch(/^rules\.yaml: categories\.0\.qualification\.optionRule: "3选1" is not in the document's section "电商平台 > 电商平台"; fix: /);
  });

  it("refuses a category an asker is sent to that the section's note does not name", () => {
    const edited = rulesText.replace("category: finance-investment-consulting }", "category: finance-trust }");
    expect(edited).not.toBe(rulesText);
    const rules = parseRules("rules.yaml", edited);
    if (!rules.ok) throw new Error(rules.error);
    const checked = checkRulesAgainstCorpus(rules.value, corpus.value, "rules.yaml");
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toMatch(/onlyDoing\.category: "finance-trust" is named by no line of the document's section "金融业 > 证券\/期货"; fix: /);
  });
});
