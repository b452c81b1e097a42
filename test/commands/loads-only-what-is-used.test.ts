import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../src/config/settings.js";
import { runProcess } from "../support/run-command.js";

interface ScriptCoverage {
  url: string;
  functions: Array<{ functionName: string; ranges: Array<{ count: number }> }>;
}

/**
 * Runs the bundled bin with V8's coverage on (NODE_V8_COVERAGE, Node's own switch); returns the URLs of every
 * script V8 compiled in the process (the bundle and every package file it required) and the source files of the
 * bundle whose code ran. esbuild heads each source's code with a "// src/…" comment and wraps it in an initialiser
 * named by its path, which runs on the module's first import; coverage counts the calls of each function V8
 * compiled, so a module whose initialiser never ran was not loaded (its code sits in the file unused). The few the
 * entry imports outright have no initialiser and always run. Coverage lists this without a loader hook: a hook
 * sends every import through Node's loader thread, about 1 s of CPU here.
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
    const { result: scripts } = JSON.parse(readFileSync(join(coverage, files[0]!), "utf8")) as { result: ScriptCoverage[] };
    const urls = scripts.map((script) => script.url);
    // The commands' bundle beside the entry: dist/ under `npm test`, .cache/test-dist under a `vitest run` of its own.
    const bundleFile = join(dirname(inject("commandEntry")), "live-category-bot.cjs");
    const bundle = scripts.find((script) => script.url === pathToFileURL(bundleFile).href);
    expect(bundle, "the bundle ran").toBeDefined();
    const ran = new Set(bundle!.functions.filter((fn) => fn.ranges[0]!.count > 0).map((fn) => fn.functionName));
    const text = readFileSync(bundleFile, "utf8");
    const sources = [...new Set([...text.matchAll(/^\/\/ (src\/\S+\.ts)$/gm)].map((match) => match[1]!))];
    const initialised = new Set([...text.matchAll(/^ {2}"(src\/\S+\.ts)"\(\) \{$/gm)].map((match) => match[1]!));
    return { urls, sources: sources.filter((source) => !initialised.has(source) || ran.has(source)) };
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
