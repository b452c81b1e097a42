import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCoreSettings } from "../config/settings.js";
import { parseRules } from "./load-rules.js";
import { decide, type Facts } from "./rules-engine.js";

const settings = readCoreSettings({});
if (!settings.ok) throw new Error(settings.error);
const loaded = parseRules("rules.yaml", readFileSync(settings.value.rulesFile, "utf8"));
if (!loaded.ok) throw new Error(loaded.error);
const rules = loaded.value;

const named = (...ids: string[]) => ids.map((id) => ({ term: id, candidates: [id], scenario: false }));
const facts = (overrides: Partial<Facts>): Facts => ({ subject: null, mentions: [], unlisted: [], ...overrides });

describe("decide", () => {
  it("rules out a personal subject whatever the category", () => {
    const verdict = decide(facts({ subject: "personal", mentions: named("finance-bank") }), rules);
    expect(verdict).toMatchObject({ kind: "subject", method: "unsupported", rule: "subject-personal" });
  });

  it("lets a government subject use the native tags even for a plugin category", () => {
    const verdict = decide(facts({ subject: "government", mentions: named("education-driving-school-training") }), rules);
    expect(verdict).toMatchObject({ kind: "subject", method: "native", rule: "subject-government" });
  });

  it("gives a single category its own method and names the rule", () => {
    expect(decide(facts({ mentions: named("ecommerce-platform") }), rules)).toMatchObject({ method: "plugin", rule: "category:ecommerce-platform" });
    expect(decide(facts({ mentions: named("finance-insurance") }), rules)).toMatchObject({ method: "native", rule: "category:finance-insurance" });
  });

  it("upgrades e-commerce to native when social live streaming is held too", () => {
    const verdict = decide(facts({ mentions: named("ecommerce-platform", "social-live") }), rules);
    expect(verdict).toMatchObject({ kind: "categories", method: "native", rule: "ecommerce-with-social-live" });
    expect(verdict.rulesApplied).toContain("category:ecommerce-platform");
  });

  it("asks which category applies when a broad word covers different methods", () => {
    const education = rules.categories.filter((category) => category.primary === "教育").map((category) => category.id);
    const verdict = decide(facts({ mentions: [{ term: "教育", candidates: education, scenario: false }] }), rules);
    expect(verdict.kind).toBe("ambiguous");
    expect(verdict.method).toBe("unknown");
    if (verdict.kind === "ambiguous") expect(verdict.options).toHaveLength(6);
  });

  it("settles a broad word whose categories agree", () => {
    const verdict = decide(facts({ mentions: [{ term: "医疗", candidates: ["medical-internet-hospital", "medical-public-institution"], scenario: false }] }), rules);
    expect(verdict).toMatchObject({ kind: "categories", method: "native" });
    expect(verdict.categories).toHaveLength(2);
  });

  it("lets a named category absorb a broad word that includes it", () => {
    const education = rules.categories.filter((category) => category.primary === "教育").map((category) => category.id);
    const verdict = decide(facts({ mentions: [{ term: "教育", candidates: education, scenario: false }, ...named("education-platform")] }), rules);
    expect(verdict).toMatchObject({ kind: "categories", method: "plugin" });
  });

  it("rules out a recognised category the document does not list, suggesting one that fits", () => {
    const verdict = decide(facts({ unlisted: ["游戏"] }), rules);
    expect(verdict).toMatchObject({ kind: "unlisted", method: "unsupported" });
    if (verdict.kind === "unlisted") expect(verdict.suggestions.map((category) => category.id)).toEqual(["social-live"]);
  });

  it("suggests no category the asker declines for a business the document does not list", () => {
    const verdict = decide(facts({ unlisted: ["宠物用品"], declined: ["ecommerce-platform"] }), rules);
    expect(verdict).toMatchObject({ kind: "unlisted", method: "unsupported" });
    if (verdict.kind === "unlisted") expect(verdict.suggestions.map((category) => category.id)).not.toContain("ecommerce-platform");
  });

  it("prefers a named unlisted category over a category inferred from a scenario word", () => {
    const verdict = decide(facts({ unlisted: ["商家自营"], mentions: [{ term: "直播带货", candidates: ["ecommerce-platform"], scenario: true }] }), rules);
    expect(verdict.method).toBe("unsupported");
  });

  it("asks which is held when only scenario words point at categories of different methods, never combining them", () => {
    const scenario = (term: string, id: string) => ({ term, candidates: [id], scenario: true });
    const verdict = decide(facts({ mentions: [scenario("萌宠", "social-live"), scenario("卖货", "ecommerce-platform")] }), rules);
    expect(verdict).toMatchObject({ kind: "ambiguous", method: "unknown", inferred: true, alternatives: false });
    // Named outright, the same two are held together.
    expect(decide(facts({ mentions: named("social-live", "ecommerce-platform") }), rules)).toMatchObject({ method: "native", combination: "ecommerce-with-social-live" });
  });

  it("points to the category of a scenario word a named unlisted category outranks", () => {
    const verdict = decide(facts({ unlisted: ["商家自营"], mentions: [{ term: "看房", candidates: ["real-estate-marketing"], scenario: true }] }), rules);
    expect(verdict.kind).toBe("unlisted");
    if (verdict.kind === "unlisted") expect(verdict.suggestions.map((category) => category.id)).toContain("real-estate-marketing");
  });

  it("lets a listed category decide when an unlisted one is named beside it", () => {
    expect(decide(facts({ unlisted: ["餐饮"], mentions: named("finance-bank") }), rules).method).toBe("native");
  });

  it("returns unknown with no category and no subject", () => {
    expect(decide(facts({}), rules)).toMatchObject({ kind: "none", method: "unknown", rule: "no-category" });
  });

  it("is pure: the same facts give the same verdict", () => {
    const input = facts({ mentions: named("ecommerce-platform", "finance-bank") });
    expect(decide(input, rules)).toEqual(decide(input, rules));
  });
});

describe("decide with alternatives", () => {
  it("treats categories weighed against each other as one choice, not a combination", () => {
    const verdict = decide(facts({ mentions: named("ecommerce-platform", "social-live"), alternatives: true }), rules);
    expect(verdict).toMatchObject({ kind: "ambiguous", method: "unknown", alternatives: true });
  });

  it("still gives the method when the alternatives agree", () => {
    expect(decide(facts({ mentions: named("finance-bank", "finance-trust"), alternatives: true }), rules).method).toBe("native");
  });
});
