import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadCoreData } from "../../test/support/core-data.js";
import { toSimplified } from "../shared/to-simplified.js";
import { QuestionUnderstander } from "../understanding/understand-question.js";
import { compileLexicon, readOnDemand, readOnPieces } from "./load-lexicon.js";

describe("the lexicon's cue index", () => {
  const { lexicon } = loadCoreData();

  it("leaves out only sets that exist, so a renamed set is not indexed by mistake", () => {
    const names = new Set([...Object.keys(lexicon.roles), ...Object.keys(lexicon.dialogue)]);
    expect([...readOnPieces, ...readOnDemand].filter((name) => !names.has(name))).toEqual([]);
  });

  it("still reads a question for the sets it leaves out, through their own scan", () => {
    // Read on the whole question all the same (a new use of the set): the answer is right, only slower.
    expect(lexicon.dialogue.greetings.test({ compact: "大家好", lower: "" })).toBe(true);
  });
});

describe("a lexicon file that does not fit the schema", () => {
  it("is refused with the file, the path of each key and what to do about it", () => {
    const data = parse(readFileSync(new URL("../../corpus/lexicon.yaml", import.meta.url), "utf8")) as { dialogue: Record<string, unknown> };
    // A copy made before a set was added, with a set misspelt.
    delete data.dialogue.confirms;
    data.dialogue.confirmz = data.dialogue.asking;
    const result = compileLexicon(data, "my-lexicon.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain("my-lexicon.yaml: dialogue.confirms: Required");
    expect(result.error).toMatch(/my-lexicon\.yaml: dialogue: Unrecognized key\(s\) in object: 'confirmz'/);
    expect(result.error).toMatch(/fix: .*copy it from the shipped corpus\/lexicon\.yaml.*check its spelling or remove it/);
  });
});

describe("the aspects a category answers whoever holds it", () => {
  it("are aspect names: a misspelt one is refused with its place in the file", () => {
    const data = parse(readFileSync(new URL("../../corpus/lexicon.yaml", import.meta.url), "utf8")) as { categoryOwnAspects: string[] };
    data.categoryOwnAspects = [...data.categoryOwnAspects, "qualifications"];
    const result = compileLexicon(data, "my-lexicon.yaml");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/my-lexicon\.yaml: categoryOwnAspects\.\d+: Invalid enum value/);
  });

  it("decide whether a question about what a client's category requires is about that category", () => {
    const { rules } = loadCoreData();
    const data = parse(readFileSync(new URL("../../corpus/lexicon.yaml", import.meta.url), "utf8")) as { categoryOwnAspects: string[] };
    const asked = (ownAspects: string[]) => {
      const lexicon = compileLexicon({ ...data, categoryOwnAspects: ownAspects }, "lexicon.yaml");
      if (!lexicon.ok) throw new Error(lexicon.error);
      return new QuestionUnderstander(rules, lexicon.value).understand("竞品那个私募基金类目的资质是几选一").mentions.flatMap((mention) => mention.candidates);
    };
    expect(asked(data.categoryOwnAspects)).toEqual(["finance-private-fund"]);
    expect(asked(data.categoryOwnAspects.filter((aspect) => aspect !== "qualification"))).toEqual([]);
  });
});

describe("the lexicon's Chinese cues", () => {
  it("are written as questions are read, simplified: a traditional cue would never match", () => {
    const data = parse(readFileSync(new URL("../../corpus/lexicon.yaml", import.meta.url), "utf8")) as unknown;
    const unread: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) {
        if (path.endsWith(".zh")) for (const cue of node) if (typeof cue === "string" && toSimplified(cue) !== cue) unread.push(`${path}: ${cue}`);
        return;
      }
      if (node !== null && typeof node === "object") for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`);
    };
    walk(data, "lexicon");
    expect(unread).toEqual([]);
  });
});

describe("the lexicon's shorthands for Chinese words", () => {
  const { lexicon } = loadCoreData();

  it("are read only where the message writes Chinese, and only as whole words", () => {
    expect(lexicon.expandShorthands("个人xcx能zb吗")).toBe("个人小程序能直播吗");
    expect(lexicon.expandShorthands("can a zb account stream?")).toBe("can a zb account stream?");
    expect(lexicon.expandShorthands("银行的zzz类目")).toBe("银行的zzz类目");
  });
});

describe("the lexicon's English shorthands", () => {
  const { lexicon, rules } = loadCoreData();

  it("are read as the word in full, whole words only, in any case", () => {
    expect(lexicon.expandShorthands("Any INFO for a GOVT program?")).toBe("Any information for a government program?");
    expect(lexicon.expandShorthands("the government's infosite and example.info")).toBe("the government's infosite and example.info");
  });

  it("stand in no English cue or term, which are written in full (a cue holding one would never match)", () => {
    const shorthands = Object.keys(lexicon.data.englishShorthands);
    const holds = (cue: string) => shorthands.some((word) => new RegExp(`(?<![a-z'.-])${word}(?![a-z'-])`, "i").test(cue));
    const data = parse(readFileSync(new URL("../../corpus/lexicon.yaml", import.meta.url), "utf8")) as Record<string, unknown>;
    const found: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) {
        if (path.endsWith(".en")) for (const cue of node) if (typeof cue === "string" && holds(cue)) found.push(`${path}: ${cue}`);
        return;
      }
      if (node !== null && typeof node === "object") for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`);
    };
    walk(data, "lexicon");
    for (const category of rules.categories) for (const term of [...category.englishTerms, ...category.englishScenarios]) if (holds(term)) found.push(`rules ${category.id}: ${term}`);
    expect(found).toEqual([]);
  });
});
