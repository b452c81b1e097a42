import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fail, ok, type Result } from "../shared/result.js";

const binScript = /^node((?: --[^\s]+)*) bin\/live-category-bot\.js(?: |$)/;

/**
 * The node flags the npm scripts start the bin with. package.json is the one place they are set (the Dockerfile
 * repeats them, and a test keeps the two equal); the bench starts its child processes with them, so it times the
 * commands as users run them. Every script that runs the bin must use the same flags.
 */
export function scriptNodeFlags(scripts: Readonly<Record<string, string>>): Result<string[]> {
  let found: { name: string; flags: string } | null = null;
  const commands = Object.entries(scripts).flatMap(([name, script]) => commandsOf(script).map((command) => [name, command] as const));
  for (const [name, command] of commands) {
    const match = binScript.exec(command);
    if (!match) continue;
    const flags = match[1]!.trim();
    if (found && found.flags !== flags) return fail(`package.json: scripts.${name} starts node with "${flags}" but scripts.${found.name} with "${found.flags}"; fix: give every script that runs bin/live-category-bot.js the same node flags`);
    found ??= { name, flags };
  }
  if (!found) return fail("package.json: no script runs bin/live-category-bot.js; fix: restore the scripts (e.g. \"ask\": \"node bin/live-category-bot.js ask\")");
  return ok(found.flags === "" ? [] : found.flags.split(" "));
}

/**
 * The commands a script chains ("tsc … && vitest run && node … bin/live-category-bot.js eval"), each read on its own:
 * split where the shell starts another command (&&, ||, ;, a pipe or &), so a bin call after any of them is checked.
 */
export function commandsOf(script: string): string[] {
  return script.split(/\s*(?:&&|\|\||[;|&])\s*/).filter((command) => command !== "");
}

/** The npm scripts of the project's package.json. */
export function readPackageScripts(projectRoot: string): Result<Record<string, string>> {
  const file = join(projectRoot, "package.json");
  let scripts: unknown;
  try {
    scripts = (JSON.parse(readFileSync(file, "utf8")) as { scripts?: unknown }).scripts;
  } catch (error) {
    return fail(`${file}: (root): cannot read or parse (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); fix: restore package.json from git`);
  }
  if (typeof scripts !== "object" || scripts === null) return fail(`${file}: scripts: missing; fix: restore the npm scripts`);
  return ok(scripts as Record<string, string>);
}

/** scriptNodeFlags of the project's package.json. */
export function readScriptNodeFlags(projectRoot: string): Result<string[]> {
  const scripts = readPackageScripts(projectRoot);
  return scripts.ok ? scriptNodeFlags(scripts.value) : scripts;
}
