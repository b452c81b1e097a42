// Injected into the CommonJS bundle (scripts/build.mjs) for `import.meta.url`, which CommonJS lacks: the bundle's
// own file URL, as each bundled module's was when dist/ held ES modules (settings.ts finds the package root by it).
export const importMetaUrl = require("node:url").pathToFileURL(__filename).href;
