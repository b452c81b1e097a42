import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { projectRoot } from "../config/settings.js";

/** One option of a command, with what its help line says. */
export interface CommandOption {
  readonly type: "boolean" | "string";
  readonly multiple?: boolean;
  readonly short?: string;
  /** What a string option's value stands for in the help ("FILE", "N"). */
  readonly value?: string;
  /** The value when the option is not given; the help line ends with it. */
  readonly default?: string;
  readonly description: string;
}

/** What a command accepts, as written by `defineCommand`; `usage` is printed for --help and after a usage error. */
export interface CommandSpec {
  readonly name: string;
  readonly usage: string;
  readonly options: NonNullable<ParseArgsConfig["options"]>;
  readonly allowPositionals: boolean;
}

export type ParsedCommand =
  | { readonly ok: true; readonly values: Record<string, string | boolean | Array<string | boolean> | undefined>; readonly positionals: string[] }
  /** --help, --version or a usage error: print `output` on `stream` and exit with `exitCode`. */
  | { readonly ok: false; readonly exitCode: 0 | 2; readonly stream: "stdout" | "stderr"; readonly output: string };

/** Every command takes these, listed last in its help. */
const commonOptions: Readonly<Record<string, CommandOption>> = {
  help: { type: "boolean", short: "h", description: "show this help" },
  version: { type: "boolean", short: "V", description: "print the version" },
};

/**
 * A command's spec from its synopsis (the usage lines and what it does) and its options: the help's option list
 * is written from the options themselves, so an option cannot be accepted without being listed, or listed
 * without being accepted.
 */
export function defineCommand(command: { name: string; synopsis: string; options?: Readonly<Record<string, CommandOption>>; allowPositionals?: boolean }): CommandSpec {
  const all = { ...command.options, ...commonOptions };
  const labels = Object.entries(all).map(([name, option]) => `--${name}${option.value ? ` ${option.value}` : ""}${option.short ? `, -${option.short}` : ""}`);
  const width = Math.max(...labels.map((label) => label.length)) + 3;
  const lines = Object.values(all).map((option, index) => `  ${labels[index]!.padEnd(width)}${option.description}${option.default === undefined ? "" : ` (default ${option.default})`}`);
  const options = Object.fromEntries(
    Object.entries(all).map(([name, { type, multiple, short, default: value }]) => [name, { type, ...(multiple ? { multiple } : {}), ...(short ? { short } : {}), ...(value === undefined ? {} : { default: value }) }]),
  );
  return { name: command.name, usage: `${command.synopsis}\nOptions:\n${lines.join("\n")}`, options, allowPositionals: command.allowPositionals ?? false };
}

/** node:util parseArgs with --help and --version on every command, and unknown options → usage, exit 2. */
export function parseCommandArguments(spec: CommandSpec, argv: readonly string[]): ParsedCommand {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options: spec.options, allowPositionals: spec.allowPositionals, strict: true });
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
