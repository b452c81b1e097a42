// Bundles the commands into dist/ with esbuild: one entry (the bin), each command a chunk loaded on demand.
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
await build({
  entryPoints: [join(root, "src/cli/live-category-bot.ts")],
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external,
  chunkNames: "chunks/[name]-[hash]",
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  legalComments: "none",
  logLevel: "warning",
});
process.stderr.write(`Built ${outdir} in ${Date.now() - started} ms\n`);
