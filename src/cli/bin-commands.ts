import { askCommand, benchCommand, botCommand, chatCommand, evalCommand, indexCommand, mcpCommand, reportCommand, serveCommand } from "./command-specs.js";
import type { CommandSpec } from "./command-arguments.js";

/** A command module exports its main; nothing in it runs at import time. */
export interface CommandModule {
  main(argv: readonly string[]): Promise<number>;
}

export interface BinCommand {
  readonly summary: string;
  readonly spec: CommandSpec;
  readonly load: () => Promise<CommandModule>;
}

// Each command is imported only when asked for, so one command never pays for another's modules.
export const binCommands: Readonly<Record<string, BinCommand>> = {
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
${Object.entries(binCommands)
  .map(([name, command]) => `  ${name.padEnd(7)} ${command.summary}`)
  .join("\n")}
Every command takes --help and --version. Settings come from the environment and from .env in the working directory.`;
