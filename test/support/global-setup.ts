import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";

// Nothing from src/ is imported here: the index is built by the bundled `index` command, so the main process does
// not transform and load the answer path only to build it (about 1 s before the first test file could start).
const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);

declare module "vitest" {
  export interface ProvidedContext {
    /** A cache folder holding the index of the repository's corpus, built once per run. */
    testCacheDirectory: string;
    /** The bundled bin of the current sources, for tests that run commands as processes. */
    commandEntry: string;
  }
}

/**
 * The compact form of jieba's dictionary, kept across runs in .cache/test-compact. Its file name is a hash of
 * jieba's dictionary and the corpus's extra words, so a run only ever reads the one made from the same words
 * (a change of the lexicon or rules makes a new one); making it reads jieba's whole dictionary text, which
 * was most of the global setup's time. The tokenizer test makes and checks its own, and the command test of a
 * cold start runs with an empty cache.
 */
const keptDictionaries = join(projectRoot, ".cache", "test-compact");
const isDictionary = (name: string) => /^jieba-dictionary-[0-9a-f]+\.bin$/.test(name);

function copyDictionaries(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  const present = new Set(readdirSync(to));
  for (const name of readdirSync(from)) if (isDictionary(name) && !present.has(name)) copyFileSync(join(from, name), join(to, name));
}

/**
 * Keeps the dictionary this run made, if it made one: then none of the kept ones fitted its words, so they are
 * removed and do not pile up (4-5 MB each).
 */
function keepMade(compact: string, copiedIn: ReadonlySet<string>): void {
  const made = readdirSync(compact).filter((name) => isDictionary(name) && !copiedIn.has(name));
  if (made.length === 0) return;
  for (const name of copiedIn) rmSync(join(keptDictionaries, name), { force: true });
  for (const name of made) {
    // Copied and renamed, so another run starting meanwhile never reads half a file.
    const partial = join(keptDictionaries, `${name}.${process.pid}.partial`);
    copyFileSync(join(compact, name), partial);
    renameSync(partial, join(keptDictionaries, name));
  }
}

/**
 * Once per `vitest run`: bundles the commands (as `npm run build` does), then builds the index with the bundle's
 * `index` command, so test services and spawned commands load instead of rebuilding. Under `npm test`, which runs
 * the evaluation from dist/ next, the bundle goes to dist/ (one build for both); a `vitest run` of its own leaves
 * dist/ alone and bundles into .cache/test-dist.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const outdir = process.env.npm_lifecycle_event === "test" ? join(projectRoot, "dist") : join(projectRoot, ".cache", "test-dist");
  const entry = join(outdir, "live-category-bot.js");
  const bundled = run(process.execPath, [join(projectRoot, "scripts", "build.mjs"), outdir]).then(({ stderr }) => process.stderr.write(stderr));
  // Every temporary folder of the run (the tests' own, the processes' they start, the index cache) goes into one,
  // removed when the run ends: os.tmpdir() reads TMPDIR, and the test workers inherit it, as do the processes they
  // start with the environment passed on (one started with an environment of its own writes to the system's).
  const runFolder = mkdtempSync(join(tmpdir(), "live-bot-test-"));
  process.env.TMPDIR = runFolder;
  const cacheDirectory = mkdtempSync(join(runFolder, "cache-"));
  mkdirSync(keptDictionaries, { recursive: true });
  const copiedIn = new Set(readdirSync(keptDictionaries).filter(isDictionary));
  copyDictionaries(keptDictionaries, join(cacheDirectory, "compact"));
  await bundled;
  // The repository's own corpus, rules and prompts: no setting from the environment, and no .env (the cache folder
  // is the working directory), as the tests' services read them.
  await run(process.execPath, [entry, "index"], { cwd: cacheDirectory, env: { PATH: process.env.PATH, CACHE_DIR: cacheDirectory } }).catch((error: Error & { stderr?: string }) => {
    // What the command printed; a command killed by a signal prints nothing, and the error names the signal instead.
    throw new Error(`global setup: the index command failed: ${error.stderr?.trim() || error.message}`);
  });
  keepMade(join(cacheDirectory, "compact"), copiedIn);
  project.provide("testCacheDirectory", cacheDirectory);
  project.provide("commandEntry", entry);
  return () => rmSync(runFolder, { recursive: true, force: true });
}
