// Preloaded with `node --import` by tests that check which modules a command loads: every module the process
// resolves through ESM (the bundle's chunks and what they import) is appended to RECORD_IMPORTS_FILE.
import { register } from "node:module";

register("./record-imports-hooks.mjs", import.meta.url);
