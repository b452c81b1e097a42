import { fileURLToPath } from "node:url";
import { runWithCodeCache } from "./run-with-code-cache.js";

// dist/live-category-bot.js (what bin/live-category-bot.js imports): runs the commands' bundle beside it, with the
// code cache in dist/code-cache/ — a build empties dist/, so a cache never outlives the bundle it was made from.
runWithCodeCache(fileURLToPath(new URL("./live-category-bot.cjs", import.meta.url)), fileURLToPath(new URL("./code-cache/", import.meta.url)));
