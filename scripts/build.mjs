// Bundles the commands into dist/ with esbuild: one CommonJS file of every command, and the entry that runs it.
// Native modules and heavy optional ones stay external and load from node_modules; corpus/ and prompts/ are read
// at run time from the package root, never bundled.
import { build } from "esbuild";
import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = resolve(root, process.argv[2] ?? "dist");

export const external = [
  "hnswlib-node",
  "@node-rs/jieba",
  "@node-rs/jieba/*",
  "@napi-rs/pinyin",
  "@langchain/openai",
  "@langchain/ollama",
  "@langchain/community",
  "@langchain/community/*",
  "wechaty",
  "wechaty-puppet",
  "wechaty-puppet-*",
  "pino",
  "pino-pretty",
  "qrcode-terminal",
  "@wecom/aibot-node-sdk",
  "memory-card",
  "redis",
  "@modelcontextprotocol/sdk",
  "@modelcontextprotocol/sdk/*",
];

const started = Date.now();
await rm(outdir, { recursive: true, force: true });
// The commands as one CommonJS file: Node 20 keeps V8's code cache only for scripts, not ES modules, and the
// cache spares each process compiling the answer path again (src/cli/run-with-code-cache.ts). Every module is
// wrapped in an initialiser that runs on its first import, so a command still runs only what it imports: the
// other commands' modules, the providers and the model guard are in the file but never run without a model.
await build({
  entryPoints: [join(root, "src/cli/live-category-bot.ts")],
  outfile: join(outdir, "live-category-bot.cjs"),
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  external,
  define: { "import.meta.url": "importMetaUrl" },
  // import() of a package becomes require(): V8 drops the link from cached code back to Node's loader that import()
  // needs (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), and every package outside the bundle ships CommonJS.
  supported: { "dynamic-import": false },
  inject: [join(root, "scripts/import-meta-url.js")],
  legalComments: "none",
  logLevel: "warning",
});
// What bin/live-category-bot.js imports: runs the bundle above with the code cache.
await build({
  entryPoints: [join(root, "src/cli/bundle-entry.ts")],
  outfile: join(outdir, "live-category-bot.js"),
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
});
process.stderr.write(`Built ${outdir} in ${Date.now() - started} ms\n`);
