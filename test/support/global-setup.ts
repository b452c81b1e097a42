import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";
import { createAnswerService } from "../../src/app/create-answer-service.js";
import { projectRoot, readCoreSettings } from "../../src/config/settings.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A cache folder holding the index of the repository's corpus, built once per run. */
    testCacheDirectory: string;
    /** The bundled bin of the current sources, for tests that run commands as processes. */
    commandEntry: string;
  }
}

/**
 * Once per `vitest run`: bundles the commands (as `npm run build` does, into .cache/test-dist so dist/ is left
 * alone) and builds the index, so test services and spawned commands load instead of rebuilding.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const outdir = join(projectRoot, ".cache", "test-dist");
  // The bundle builds in its own process while this one builds the index.
  const bundled = promisify(execFile)(process.execPath, [join(projectRoot, "scripts", "build.mjs"), outdir]).then(({ stderr }) => process.stderr.write(stderr));
  const cacheDirectory = mkdtempSync(join(tmpdir(), "live-bot-test-cache-"));
  const settings = readCoreSettings({});
  if (!settings.ok) throw new Error(settings.error);
  const [service] = await Promise.all([createAnswerService({ settings: { ...settings.value, cacheDirectory } }), bundled]);
  if (!service.ok) throw new Error(service.error);
  project.provide("testCacheDirectory", cacheDirectory);
  project.provide("commandEntry", join(outdir, "live-category-bot.js"));
  return () => rmSync(cacheDirectory, { recursive: true, force: true });
}
