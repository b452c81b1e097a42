// Module resolution hooks (they run on Node's loader thread): write each resolved URL, one per line.
import { appendFileSync } from "node:fs";

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (process.env.RECORD_IMPORTS_FILE) appendFileSync(process.env.RECORD_IMPORTS_FILE, `${resolved.url}\n`);
  return resolved;
}
