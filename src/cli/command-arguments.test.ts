import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../config/settings.js";
import { binCommands } from "./bin-commands.js";
import { defineCommand, parseCommandArguments } from "./command-arguments.js";

const version = (JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { version: string }).version;

// The bin answers these from each command's spec before loading the command; the bin's own process test runs one
// command end to end, so the exit codes and streams are tested once through a real process.
describe.each(Object.entries(binCommands))("the %s command's arguments", (name, command) => {
  it("print the command's usage on stdout for --help and -h, with exit code 0", () => {
    for (const flag of ["--help", "-h"]) {
      expect(parseCommandArguments(command.spec, [flag])).toEqual({ ok: false, exitCode: 0, stream: "stdout", output: `${command.spec.usage}\n` });
    }
    expect(command.spec.name).toBe(name);
    expect(command.spec.usage).toMatch(new RegExp(`^Usage: live-category-bot ${name}\\b`));
  });

  it("print the package's version for --version and -V", () => {
    for (const flag of ["--version", "-V"]) {
      expect(parseCommandArguments(command.spec, [flag])).toEqual({ ok: false, exitCode: 0, stream: "stdout", output: `live-category-bot ${version}\n` });
    }
  });

  // defineCommand writes the list; this holds a spec written some other way to the same.
  it("list every option they accept in their help", () => {
    for (const option of Object.keys(command.spec.options)) expect(command.spec.usage).toMatch(new RegExp(`\\n  --${option}(?: [A-Z]+)?(?:, -\\w)? `));
  });

  it("refuse an unknown option on stderr with the usage and exit code 2", () => {
    const parsed = parseCommandArguments(command.spec, ["--no-such-option"]);
    expect(parsed).toMatchObject({ ok: false, exitCode: 2, stream: "stderr" });
    if (!parsed.ok) expect(parsed.output).toBe(`${name}: unknown option --no-such-option\n${command.spec.usage}\n`);
  });
});

describe("defineCommand", () => {
  it("writes the options under the synopsis, values and short names in their labels, descriptions in one column", () => {
    const spec = defineCommand({ name: "demo", synopsis: "Usage: live-category-bot demo", options: { log: { type: "string", value: "FILE", description: "the log" }, quiet: { type: "boolean", short: "q", description: "say less" } } });
    expect(spec.usage).toBe(
      ["Usage: live-category-bot demo", "Options:", "  --log FILE      the log", "  --quiet, -q     say less", "  --help, -h      show this help", "  --version, -V   print the version"].join("\n"),
    );
    expect(parseCommandArguments(spec, ["-q", "--log", "x.jsonl"])).toEqual({ ok: true, values: { quiet: true, log: "x.jsonl" }, positionals: [] });
  });

  it("ends an option's help line with its default, and parses to the default when the option is not given", () => {
    const spec = defineCommand({ name: "demo", synopsis: "Usage: live-category-bot demo", options: { top: { type: "string", value: "N", default: "20", description: "rows per table" } } });
    expect(spec.usage.split("\n")[2]).toBe("  --top N         rows per table (default 20)");
    expect(parseCommandArguments(spec, [])).toEqual({ ok: true, values: { top: "20" }, positionals: [] });
    expect(parseCommandArguments(spec, ["--top", "5"])).toEqual({ ok: true, values: { top: "5" }, positionals: [] });
  });
});
