import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../src/config/settings.js";
import { runProcess } from "../support/run-command.js";

/**
 * Runs the bundled bin with a resolve hook; returns the URLs of every module the process loaded and the source
 * files bundled into the loaded chunks (esbuild heads each source's code with a "// src/…" comment).
 */
async function modulesLoadedBy(args: string[], env: Record<string, string> = {}): Promise<{ urls: string[]; sources: string[] }> {
  const record = join(mkdtempSync(join(tmpdir(), "imports-")), "imports.txt");
  const result = await runProcess(process.execPath, ["--import", join(projectRoot, "test/support/record-imports.mjs"), inject("commandEntry"), ...args], {
    cwd: projectRoot,
    env: { ...process.env, CACHE_DIR: inject("testCacheDirectory"), RECORD_IMPORTS_FILE: record, ...env },
  });
  expect(result.status, result.stderr).toBe(0);
  const urls = readFileSync(record, "utf8").trim().split("\n");
  // The bundle's own files: dist/ under `npm test`, .cache/test-dist under a `vitest run` of its own.
  const bundle = pathToFileURL(dirname(inject("commandEntry"))).href;
  const chunks = urls.filter((url) => url.startsWith(`${bundle}/`));
  const sources = chunks.flatMap((url) => [...readFileSync(fileURLToPath(url), "utf8").matchAll(/^\/\/ (src\/\S+\.ts)$/gm)].map((match) => match[1]!));
  return { urls, sources };
}

describe("a command loads only what it uses", { timeout: 60_000 }, () => {
  it("answers without a model loading no provider, no LangChain and no model guard", async () => {
    const { urls, sources } = await modulesLoadedBy(["ask", "--json", "电商平台类目能用 live-pusher 吗"]);
    expect(sources).toContain("src/answer/answer.ts");
    expect(urls.filter((url) => /@langchain|\/openai\/|ollama|wechaty|@wecom/.test(url))).toEqual([]);
    // The provider settings are read (they say no provider is set); the adapters are not loaded.
    expect(sources.filter((source) => /^src\/(llm\/guard\/|providers\/(?!provider-settings\.ts)|channels\/wecom\/)/.test(source))).toEqual([]);
  });

  it("with a model set, loads its provider and the guard", async () => {
    // Nothing is asked, so no request is made: `--help` would not open the service; an empty batch does.
    const { urls, sources } = await modulesLoadedBy(["ask", "--json"], { LLM_PROVIDER: "openai", LLM_MODEL: "m", LLM_BASE_URL: "http://127.0.0.1:9/v1" });
    expect(urls.some((url) => url.includes("@langchain/openai"))).toBe(true);
    expect(sources).toContain("src/llm/guard/fold-text.ts");
  });
});
