#!/usr/bin/env node
// Runs the bundled commands in dist/ (built by `npm run build`, which `npm install` runs through `prepare`).
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const entry = fileURLToPath(new URL("../dist/live-category-bot.js", import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write(`${entry}: missing; fix: run \`npm run build\` (npm install runs it) or use \`npm run dev -- <command>\`\n`);
  process.exit(1);
}
await import(pathToFileURL(entry).href);
