import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Answer } from "../answer/answer.js";
import { toAnswerJson } from "./answer-json.js";

export interface AskIo {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: Writable;
  readonly stderr: Writable;
}

export type Ask = (question: string) => Promise<Answer>;

export const askUsage = `Usage:
  npm run ask -- "问题"            print the answer
  npm run ask -- --json "问题"     print the answer as one JSON object
  npm run ask [-- --json] < file   answer each line of standard input, one answer per line, in order
Options:
  --json    one JSON object per answer (see README.md › JSON contract)
  --help    show this help`;

export interface AskArguments {
  readonly json: boolean;
  readonly help: boolean;
  readonly question: string | null;
}

export function parseAskArguments(argv: readonly string[]): { ok: true; value: AskArguments } | { ok: false; error: string } {
  let json = false;
  let help = false;
  const words: string[] = [];
  let literal = false;
  for (const argument of argv) {
    if (!literal && argument === "--") literal = true;
    else if (!literal && argument === "--json") json = true;
    else if (!literal && (argument === "--help" || argument === "-h")) help = true;
    else if (!literal && argument.startsWith("--")) return { ok: false, error: `unknown option ${argument}` };
    else words.push(argument);
  }
  return { ok: true, value: { json, help, question: words.length > 0 ? words.join(" ") : null } };
}

/** One question from the arguments, or a batch from standard input; returns the exit code. */
export async function runAsk(argv: readonly string[], io: AskIo, openAsk: () => Promise<Ask>): Promise<number> {
  const parsed = parseAskArguments(argv);
  if (!parsed.ok) {
    io.stderr.write(`ask: ${parsed.error}\n${askUsage}\n`);
    return 2;
  }
  if (parsed.value.help) {
    io.stdout.write(`${askUsage}\n`);
    return 0;
  }
  const ask = await openAsk();
  const write = (answer: Answer) =>
    io.stdout.write(parsed.value.json ? `${JSON.stringify(toAnswerJson(answer))}\n` : `${answer.answer}\n\n`);

  if (parsed.value.question !== null) {
    write(await ask(parsed.value.question));
    return 0;
  }
  if (io.stdin.isTTY) io.stderr.write("Reading questions from standard input, one per line; Ctrl-D to finish.\n");
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    write(await ask(line));
  }
  return 0;
}
