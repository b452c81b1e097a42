import { binCommands, binUsage } from "./bin-commands.js";
import { finishParse, packageVersion, parseCommandArguments } from "./command-arguments.js";
import { loadEnvironmentFile } from "./load-environment-file.js";
import { runMain } from "./run-command.js";

export async function runBin(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-V") {
    process.stdout.write(`live-category-bot ${packageVersion()}\n`);
    return 0;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${binUsage}\n`);
    return 0;
  }
  if (name === undefined) {
    process.stderr.write(`live-category-bot: which command?\n${binUsage}\n`);
    return 2;
  }
  const command = Object.hasOwn(binCommands, name) ? binCommands[name] : undefined;
  if (!command) {
    process.stderr.write(`live-category-bot: unknown command ${name}\n${binUsage}\n`);
    return 2;
  }
  // --help, --version and usage errors are answered before the command's modules load.
  const parsed = parseCommandArguments(command.spec, rest);
  if (!parsed.ok) return finishParse(parsed);
  // Before any setting is read: variables already in the environment win over the file.
  const environmentProblem = loadEnvironmentFile();
  if (environmentProblem) {
    process.stderr.write(`${environmentProblem}\n`);
    return 1;
  }
  return (await command.load()).main(rest);
}

runMain(() => runBin(process.argv.slice(2)));
