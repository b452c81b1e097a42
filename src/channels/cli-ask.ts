import { once } from "node:events";
import type { Readable, Writable } from "node:stream";
import type { Answer } from "../answer/answer.js";
import { finishParse, parseCommandArguments } from "../cli/command-arguments.js";
import { askCommand } from "../cli/command-specs.js";
import { maximumQuestionLength } from "../understanding/normalize-question.js";
import { toAnswerJson } from "./answer-json.js";
import { readQuestionLines } from "./read-question-lines.js";

export interface AskIo {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: Writable;
  readonly stderr: Writable;
}

export type Ask = (question: string) => Promise<Answer>;

/** One question from the arguments, or a batch from standard input; returns the exit code. */
export async function runAsk(argv: readonly string[], io: AskIo, openAsk: () => Promise<Ask>): Promise<number> {
  const parsed = parseCommandArguments(askCommand, argv);
  if (!parsed.ok) return finishParse(parsed, io);
  const json = parsed.values["json"] === true;
  const ask = await openAsk();
  // Waits for a slow reader before the next answer, so a batch never piles answers up in memory.
  const write = async (answer: Answer) => {
    const text = json ? `${JSON.stringify(toAnswerJson(answer))}\n` : `${answer.answer}\n\n`;
    if (!io.stdout.write(text)) await Promise.race([once(io.stdout, "drain"), once(io.stdout, "close")]);
  };

  if (parsed.positionals.length > 0) {
    await write(await ask(parsed.positionals.join(" ")));
    return 0;
  }
  if (io.stdin.isTTY) io.stderr.write("Reading questions from standard input, one per line; Ctrl-D to finish.\n");
  // One character past the limit is kept, so the answer still says the question was cut.
  for await (const line of readQuestionLines(io.stdin, maximumQuestionLength + 1)) {
    if (line.trim() === "") continue;
    await write(await ask(line));
  }
  return 0;
}
