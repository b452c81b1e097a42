import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCoreSettings } from "../config/settings.js";
import { parseRules } from "./load-rules.js";

const settings = readCoreSettings({});
if (!settings.ok) throw new Error(settings.error);
const valid = readFileSync(settings.value.rulesFile, "utf8");

describe("parseRules", () => {
  it("accepts the shipped rules file with all 25 categories", () => {
    const rules = parseRules("rules.yaml", valid);
    expect(rules.ok).toBe(true);
    if (rules.ok) expect(rules.value.categories).toHaveLength(25);
  });

  it("names the file, the path and the problem for a wrong access method", () => {
    const broken = valid.replace("    method: plugin\n", "    method: pigeon\n");
    const rules = parseRules("corpus/rules.yaml", broken);
    expect(rules.ok).toBe(false);
    if (!rules.ok) expect(rules.error).toMatch(/^corpus\/rules\.yaml: categories\.0\.method: Invalid enum value/m);
  });

  it("rejects a combination naming an unknown category", () => {
    const rules = parseRules("rules.yaml", valid.replace("when: [ecommerce-platform, social-live]", "when: [ecommerce-platform, social-lives]"));
    expect(rules.ok).toBe(false);
    if (!rules.ok) expect(rules.error).toContain('combinations.0.when.1: unknown category id "social-lives"');
  });

  it("reports YAML syntax errors without throwing", () => {
    const rules = parseRules("rules.yaml", "version: [1\n");
    expect(rules.ok).toBe(false);
    if (!rules.ok) expect(rules.error).toMatch(/^rules\.yaml: \(root\): not valid YAML/);
  });

  it("rejects duplicate ids", () => {
    const rules = parseRules("rules.yaml", valid.replace("id: social-live", "id: ecommerce-platform"));
    expect(rules.ok).toBe(false);
    if (!rules.ok) expect(rules.error).toContain('duplicate id "ecommerce-platform"');
  });
});
