import { finishParse, packageVersion, parseCommandArguments, type CommandSpec } from "./command-arguments.js";
import { askCommand, benchCommand, botCommand, chatCommand, evalCommand, indexCommand, mcpCommand, reportCommand, serveCommand } from "./command-specs.js";
import { loadEnvironmentFile } from "./load-environment-file.js";
import { runMain } from "./run-command.js";

/** A command module exports its main; nothing in it runs at import time. */
interface CommandModule {
  main(argv: readonly string[]): Promise<number>;
}

// Each command is imported only when asked for, so one command never pays for another's modules.
const commands: Record<string, { readonly summary: string; readonly spec: CommandSpec; readonly load: () => Promise<CommandModule> }> = {
  chat: { summary: "interactive chat in the terminal (npm start)", spec: chatCommand, load: () => import("./chat-command.js") },
  ask: { summary: "answer one question, or one per line of standard input; --json for JSON lines", spec: askCommand, load: () => import("./ask-command.js") },
  index: { summary: "rebuild the vector and keyword index", spec: indexCommand, load: () => import("./index-command.js") },
  eval: { summary: "run the Q&A evaluation", spec: evalCommand, load: () => import("../eval/eval-command.js") },
  bench: { summary: "measure speed, retrieval quality (--retrieval) and scale (--scale 10,100)", spec: benchCommand, load: () => import("../eval/benchmark-command.js") },
  bot: { summary: "start the WeChat/WeCom group bot", spec: botCommand, load: () => import("./bot-command.js") },
  serve: { summary: "the answer service over HTTP (JSON, OpenAI-compatible, MCP)", spec: serveCommand, load: () => import("./serve-command.js") },
  mcp: { summary: "the MCP server over stdio", spec: mcpCommand, load: () => import("./mcp-command.js") },
  report: { summary: "the operator report over the Q&A log", spec: reportCommand, load: () => import("./report-command.js") },
};

export const binUsage = `Usage: live-category-bot <command> [options]
Commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(7)} ${command.summary}`)
  .join("\n")}
Every command takes --help and --version. Settings come from the environment and from .env in the working directory.`;

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
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
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
