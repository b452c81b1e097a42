import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { debuglog } from "node:util";
import { getHeapCodeStatistics } from "node:v8";
import { Script } from "node:vm";
import { writeFileAsideSync } from "../config/write-file-aside.js";

// NODE_DEBUG=code-cache says what became of the cache: whether it was used, and when it is written.
const debug = debuglog("code-cache");

/**
 * Runs a CommonJS bundle with V8's code cache, Node 20's stand-in for the module compile cache of Node 22
 * (`module.enableCompileCache`, ES modules only). A process that answers compiles a few thousand of the bundle's
 * functions to bytecode the first time each runs; the cache written at exit hands the next process that bytecode,
 * so it neither parses nor compiles them again (on this 2-core machine about 25 ms of a cold ask and 0.1–0.15 ms of
 * each of a batch's first few hundred answers).
 *
 * The cache is an optimisation only: V8 checks it against its own version, flags and the source, and rejects one
 * that does not fit, and then the bundle compiles as it would without; a folder that cannot be written is left so.
 */
export function runWithCodeCache(bundleFile: string, cacheFolder: string): void {
  const source = readFileSync(bundleFile, "utf8");
  const cacheFile = join(cacheFolder, `${cacheKey(bundleFile)}.bin`);
  const kept = readKeptCache(cacheFile);
  // No import() in the bundle: V8's cached code loses the link to Node's loader that it needs (scripts/build.mjs).
  const script = new Script(Module.wrap(source), { filename: bundleFile, cachedData: kept?.data });
  debug("%s %s", kept === null ? "none" : script.cachedDataRejected === true ? "rejected" : "used", cacheFile);
  if (kept === null || script.cachedDataRejected === true) process.once("exit", () => keepCache(script, cacheFile));
  // A run that compiled a good deal more than the cache held (a batch after a one-question ask, a bot after either)
  // replaces it; a run that used it compiles little of its own, and keeps it. Measured by V8's bytecode on the heap,
  // which holds what the cache brought in and what the run compiled since.
  else process.once("exit", () => bytecodeBytes() >= grownBy * kept.bytecodeBytes && keepCache(script, cacheFile));
  const bundle = new Module(bundleFile);
  bundle.filename = bundleFile;
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(bundle.exports, bundle.exports, createRequire(bundleFile), bundle, bundleFile, dirname(bundleFile));
}

/**
 * One cache per bundle build, Node version and set of Node flags: V8 rejects data from another, so flags that
 * differ between commands (the npm scripts' and a plain `node bin/…`) keep a cache each instead of replacing one
 * another's on every run.
 */
function cacheKey(bundleFile: string): string {
  const { size, mtimeMs } = statSync(bundleFile);
  return createHash("sha256").update(JSON.stringify([process.version, process.arch, process.execArgv, size, mtimeMs])).digest("hex").slice(0, 16);
}

// Caches kept per folder: one per set of flags in use (the npm scripts', a plain `node bin/…`, a profiler's) and a
// few more; a profiler's flags name a new output folder each run, and each such run would add a file of ~1.6 MB.
const cachesKept = 4;

function keepOnlyRecent(folder: string): void {
  const caches = readdirSync(folder)
    .filter((name) => name.endsWith(".bin"))
    .map((name) => ({ file: join(folder, name), written: statSync(join(folder, name)).mtimeMs }))
    .sort((left, right) => right.written - left.written);
  for (const { file } of caches.slice(cachesKept)) rmSync(file, { force: true });
}

// The file: the bytecode on the writing run's heap as it exited (a little-endian double), then V8's data.
const headerBytes = 8;
// A run that ends with this much more bytecode than the cache's writer had writes its own (1.22× for a 400-question
// batch against a one-question ask, here).
const grownBy = 1.1;

const bytecodeBytes = () => getHeapCodeStatistics().bytecode_and_metadata_size;

function readKeptCache(cacheFile: string): { data: Buffer; bytecodeBytes: number } | null {
  let file: Buffer;
  try {
    file = readFileSync(cacheFile);
  } catch {
    return null;
  }
  if (file.length <= headerBytes) return null;
  return { bytecodeBytes: file.readDoubleLE(0), data: file.subarray(headerBytes) };
}

function keepCache(script: Script, cacheFile: string): void {
  try {
    const data = script.createCachedData();
    const header = Buffer.alloc(headerBytes);
    header.writeDoubleLE(bytecodeBytes(), 0);
    writeFileAsideSync(cacheFile, Buffer.concat([header, data]));
    debug("written %s", cacheFile);
    keepOnlyRecent(dirname(cacheFile));
  } catch {
    // A read-only install still runs; it compiles as it would without a cache.
  }
}
