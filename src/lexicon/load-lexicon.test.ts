import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadCoreData } from "../../test/support/core-data.js";
import { toSimplified } from "../shared/to-simplified.js";
import { compileLexicon, readOnPieces } from "./load-lexicon.js";

describe("the lexicon's cue index", () => {
  const { lexicon } = loadCoreData();

  it("leaves out only sets that exist, so a renamed set is not indexed by mistake", () => {
    const names = new Set([...Object.keys(lexicon.roles), ...Object.keys(lexicon.dialogue)]);
    expect([...readOnPieces].filter((name) => !names.has(name))).toEqual([]);
  });

  it("still reads a question for the sets it leaves out, through their own scan", () => {
    // Read on the whole question all the same (a new use of the set): the answer is right, only slower.
    expect(lexicon.dialogue.thanks.test({ compact: "好的谢谢", lower: "" })).toBe(true);
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
