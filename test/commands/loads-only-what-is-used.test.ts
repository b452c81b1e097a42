import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../src/config/settings.js";
import { runProcess } from "../support/run-command.js";

/**
 * Runs the bundled bin with V8's coverage on (NODE_V8_COVERAGE, Node's own switch); returns the URLs of every
 * script V8 compiled in the process (the bundle's chunks and every module they imported) and the source files
 * bundled into the loaded chunks (esbuild heads each source's code with a "// src/…" comment). Coverage lists what
 * was compiled without a loader hook: a hook sends every import through Node's loader thread, about 1 s of CPU here.
 */
async function modulesLoadedBy(args: string[], env: Record<string, string> = {}): Promise<{ urls: string[]; sources: string[] }> {
  const coverage = mkdtempSync(join(tmpdir(), "imports-"));
  try {
    const result = await runProcess(process.execPath, [inject("commandEntry"), ...args], {
      cwd: projectRoot,
      env: { ...process.env, CACHE_DIR: inject("testCacheDirectory"), NODE_V8_COVERAGE: coverage, ...env },
    });
    expect(result.status, result.stderr).toBe(0);
    // One file per process that exited normally; the command starts no other process.
    const files = readdirSync(coverage).filter((name) => name.endsWith(".json"));
    expect(files).toHaveLength(1);
    const { result: scripts } = JSON.parse(readFileSync(join(coverage, files[0]!), "utf8")) as { result: Array<{ url: string }> };
    const urls = scripts.map((script) => script.url);
    // The bundle's own files: dist/ under `npm test`, .cache/test-dist under a `vitest run` of its own.
    const bundle = pathToFileURL(dirname(inject("commandEntry"))).href;
    const chunks = urls.filter((url) => url.startsWith(`${bundle}/`));
    const sources = chunks.flatMap((url) => [...readFileSync(fileURLToPath(url), "utf8").matchAll(/^\/\/ (src\/\S+\.ts)$/gm)].map((match) => match[1]!));
    return { urls, sources };
  } finally {
    rmSync(coverage, { recursive: true, force: true });
  }
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
