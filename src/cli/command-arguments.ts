import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { projectRoot } from "../config/settings.js";

/** What a command accepts; its usage is printed for --help and after a usage error. */
export interface CommandSpec {
  readonly name: string;
  readonly usage: string;
  readonly options?: NonNullable<ParseArgsConfig["options"]>;
  readonly allowPositionals?: boolean;
}

export type ParsedCommand =
  | { readonly ok: true; readonly values: Record<string, string | boolean | Array<string | boolean> | undefined>; readonly positionals: string[] }
  /** --help, --version or a usage error: print `output` on `stream` and exit with `exitCode`. */
  | { readonly ok: false; readonly exitCode: 0 | 2; readonly stream: "stdout" | "stderr"; readonly output: string };

const commonOptions = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
} as const;

/** node:util parseArgs with --help and --version on every command, and unknown options → usage, exit 2. */
export function parseCommandArguments(spec: CommandSpec, argv: readonly string[]): ParsedCommand {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...commonOptions, ...spec.options }, allowPositionals: spec.allowPositionals ?? false, strict: true });
  } catch (error) {
    // parseArgs explains the problem in its first sentence; the usage says what is accepted.
    const reason = (error as Error).message.split(/\. |\n/)[0]!.replace(/^Unknown option '([^']+)'.*/, "unknown option $1");
    return { ok: false, exitCode: 2, stream: "stderr", output: `${spec.name}: ${reason}\n${spec.usage}\n` };
  }
  if (parsed.values.help) return { ok: false, exitCode: 0, stream: "stdout", output: `${spec.usage}\n` };
  if (parsed.values.version) return { ok: false, exitCode: 0, stream: "stdout", output: `live-category-bot ${packageVersion()}\n` };
  return { ok: true, values: parsed.values as Record<string, string | boolean | Array<string | boolean> | undefined>, positionals: parsed.positionals };
}

/** Prints what a non-running parse result says and returns its exit code. */
export function finishParse(parsed: Extract<ParsedCommand, { ok: false }>, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream } = process): number {
  io[parsed.stream].write(parsed.output);
  return parsed.exitCode;
}

export function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { version?: string }).version ?? "unknown";
  } catch {
    return "unknown";
  }
}
