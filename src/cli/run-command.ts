import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { AnswerService } from "../app/create-answer-service.js";

/** Exits with a one-line message instead of a stack trace; for the command entry points. */
export function exitWithError(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/**
 * Loads settings and the answer service, reporting index builds on stderr (stdout stays clean).
 * Imported on demand, so --help and usage errors answer without loading the answer path.
 */
export async function openService(options: { rebuildIndex?: boolean; quiet?: boolean; withoutLlm?: boolean } = {}): Promise<AnswerService> {
  const { createAnswerServiceFromEnvironment } = await import("../app/create-answer-service-from-environment.js");
  const service = await createAnswerServiceFromEnvironment(process.env, {
    rebuildIndex: options.rebuildIndex,
    withoutLlm: options.withoutLlm,
    onProgress: options.quiet ? undefined : (message) => process.stderr.write(`${message}\n`),
    onLlmProblem: (problem) => process.stderr.write(`llm ${problem.kind}: ${problem.reason}\n`),
  });
  if (!service.ok) exitWithError(service.error);
  return service.value;
}

/**
 * Runs a command's main, turning an unexpected failure into a message and exit code 1. The process ends when main
 * settles, once what it wrote has been handed to the system: waiting for the event loop to empty would also wait
 * for V8 to finish the optimising compiles it queued in the background (code nothing will run), about 50 ms after
 * a 400-question batch, and for any handle a library forgot to close. Long-running commands (bot, serve, mcp)
 * settle only when they have stopped.
 */
export function runMain(main: () => Promise<number | void>): void {
  // A closed pipe (`npm run ask | head`) is a normal way to stop reading.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
  });
  main()
    .then(
      (code) => code ?? 0,
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(`error: ${message}\n`);
        return 1;
      },
    )
    .then(async (code) => {
      await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
      process.exit(code);
    });
}

/** Resolves once everything written to the stream before has been handed on (or the stream has failed). */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.destroyed || stream.writableEnded) return Promise.resolve();
  // Writes complete in order: the callback of an empty one runs after every earlier write has.
  return new Promise((resolve) => stream.write("", () => resolve()));
}

/** Runs a command module's main when the module is the process's entry file (not when the bin imports it). */
export function runIfMain(moduleUrl: string, main: (argv: readonly string[]) => Promise<number | void>): void {
  const entry = process.argv[1];
  if (entry && moduleUrl === pathToFileURL(resolve(entry)).href) runMain(() => main(process.argv.slice(2)));
}
