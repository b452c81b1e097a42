import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../config/settings.js";
import { loadAnswerTemplates } from "./answer-templates.js";

const prompts = join(projectRoot, "prompts");

describe("loadAnswerTemplates", () => {
  it("reads the same templates through the compact copy as from the YAML, and follows an edit of the YAML", async () => {
    const directory = mkdtempSync(join(tmpdir(), "templates-"));
    cpSync(prompts, directory, { recursive: true });
    const cache = mkdtempSync(join(tmpdir(), "templates-cache-"));
    const first = await loadAnswerTemplates(directory, cache);
    const second = await loadAnswerTemplates(directory, cache);
    expect(first.ok).toBe(true);
    expect(second).toEqual(first);
    // The second load read the copy, not the YAML: a copy changed behind the loader's back is what it returns.
    const copy = join(cache, "compact", readdirSync(join(cache, "compact")).find((name) => name.startsWith("answer-templates.en.yaml-"))!);
    const stored = JSON.parse(readFileSync(copy, "utf8")) as { data: { sources: { header: string } } };
    stored.data.sources.header = "Planted in the copy:";
    writeFileSync(copy, JSON.stringify(stored));
    const planted = await loadAnswerTemplates(directory, cache);
    expect(planted.ok && planted.value.en.sources.header).toBe("Planted in the copy:");

    const file = join(directory, "answer-templates.en.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^  header: .*$/m, '  header: "Edited sources:"'));
    const edited = await loadAnswerTemplates(directory, cache);
    expect(edited.ok && edited.value.en.sources.header).toBe("Edited sources:");
  });

  it("names the file, the missing key and the fix when a language lacks a template", async () => {
    const directory = mkdtempSync(join(tmpdir(), "templates-"));
    cpSync(prompts, directory, { recursive: true });
    const file = join(directory, "answer-templates.zh.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^  header: .*$/m, ""));
    const templates = await loadAnswerTemplates(directory, mkdtempSync(join(tmpdir(), "templates-cache-")));
    expect(templates.ok).toBe(false);
    if (!templates.ok) {
      expect(templates.error).toContain(`${file}: sources.header: `);
      expect(templates.error).toContain("fix: every key of answer-templates.zh.yaml must exist in each language");
    }
  });

  it("says which file is missing", async () => {
    const templates = await loadAnswerTemplates(mkdtempSync(join(tmpdir(), "no-templates-")), mkdtempSync(join(tmpdir(), "templates-cache-")));
    expect(templates.ok).toBe(false);
    if (!templates.ok) expect(templates.error).toMatch(/answer-templates\.zh\.yaml: \(root\): cannot read or parse \(file not found\); fix: restore the file from git/);
  });
});
