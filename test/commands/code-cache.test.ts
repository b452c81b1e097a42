import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../src/config/settings.js";
import { runProcess } from "../support/run-command.js";

// A copy of the built entry and bundle of its own, so no other test's process writes this copy's code cache. Inside
// the package (its .cache/), so the bundle finds node_modules and the package root as dist/ does.
const builtFolder = dirname(inject("commandEntry"));
mkdirSync(join(projectRoot, ".cache"), { recursive: true });
const copy = mkdtempSync(join(projectRoot, ".cache", "code-cache-test-"));
for (const file of ["live-category-bot.js", "live-category-bot.cjs"]) copyFileSync(join(builtFolder, file), join(copy, file));
const cacheFolder = join(copy, "code-cache");
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const question = "电商平台类目能用 live-pusher 吗";

/** Asks the copy one question, or a batch on standard input, with Node's debug log of the code cache on. */
function ask(batch?: string) {
  return runProcess(process.execPath, [join(copy, "live-category-bot.js"), "ask", "--json", ...(batch === undefined ? [question] : [])], {
    cwd: projectRoot,
    input: batch,
    env: { ...process.env, CACHE_DIR: inject("testCacheDirectory"), NODE_DEBUG: "code-cache" },
  });
}

const cacheFiles = () => readdirSync(cacheFolder).filter((name) => name.endsWith(".bin"));

// One after another: each run starts from what the one before left.
describe("the commands' code cache", { timeout: 60_000 }, () => {
  let firstAnswer = "";

  it("is written by the first run, which compiles without one", async () => {
    const result = await ask();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/CODE-CACHE \d+: none /);
    expect(result.stderr).toMatch(/CODE-CACHE \d+: written /);
    expect(cacheFiles()).toHaveLength(1);
    firstAnswer = result.stdout;
    expect(JSON.parse(firstAnswer).method).toBe("plugin");
  });

  it("is used by the next run, which answers the same", async () => {
    const result = await ask();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/CODE-CACHE \d+: used /);
    expect(result.stdout).toBe(firstAnswer);
  });

  it("is replaced by a run that compiled much more of the answer path, and kept by one that did not", async () => {
    // The Q&A set's questions, which take most of the answer path's branches.
    const questions = readFileSync(join(projectRoot, "test", "eval", "qa-cases.jsonl"), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => (JSON.parse(line) as { question: string }).question);
    const batch = await ask(`${questions.join("\n")}\n`);
    expect(batch.status, batch.stderr).toBe(0);
    expect(batch.stderr).toMatch(/CODE-CACHE \d+: used /);
    expect(batch.stderr).toMatch(/CODE-CACHE \d+: written /);
    const one = await ask();
    expect(one.stderr).toMatch(/CODE-CACHE \d+: used /);
    expect(one.stderr).not.toMatch(/CODE-CACHE \d+: written /);
    expect(one.stdout).toBe(firstAnswer);
  });

  it("that is damaged is set aside and written again, and the answer stays the same", async () => {
    const [file] = cacheFiles();
    // The header the loader reads, then bytes V8 cannot take for its data.
    writeFileSync(join(cacheFolder, file!), Buffer.concat([Buffer.alloc(8), Buffer.from("not V8's code cache")]));
    const result = await ask();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/CODE-CACHE \d+: rejected /);
    expect(result.stderr).toMatch(/CODE-CACHE \d+: written /);
    expect(result.stdout).toBe(firstAnswer);
    const again = await ask();
    expect(again.stderr).toMatch(/CODE-CACHE \d+: used /);
  });

  it("keeps a few caches, the most recently written, when flags that change each run pile them up", async () => {
    const [file] = cacheFiles();
    // Caches of other flags, written an hour ago; this run's own (damaged, so written again) is the newest.
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (let index = 0; index < 6; index += 1) {
      const other = join(cacheFolder, `other-flags-${index}.bin`);
      writeFileSync(other, Buffer.alloc(16));
      utimesSync(other, hourAgo, hourAgo);
    }
    writeFileSync(join(cacheFolder, file!), Buffer.alloc(16));
    const result = await ask();
    expect(result.stderr).toMatch(/CODE-CACHE \d+: written /);
    expect(cacheFiles()).toHaveLength(4);
    expect(cacheFiles()).toContain(file);
  });
});
