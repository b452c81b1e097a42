import { once } from "node:events";
import type { Readable, Writable } from "node:stream";
import type { Answer } from "../answer/answer.js";
import { finishParse, parseCommandArguments } from "../cli/command-arguments.js";
import { askCommand } from "../cli/command-specs.js";
import { maximumQuestionLength } from "../understanding/normalize-question.js";
import { toAnswerJson } from "./answer-json.js";
import { readQuestionBatches } from "./read-question-batches.js";

export interface AskIo {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: Writable;
  readonly stderr: Writable;
}

export type Ask = (question: string) => Promise<Answer>;

/** Answers held before they are written, at most (plus one answer): 64 Ki characters. */
export const outputFlushCharacters = 64 * 1024;

/** One question from the arguments, or a batch from standard input; returns the exit code. */
export async function runAsk(argv: readonly string[], io: AskIo, openAsk: () => Promise<Ask>): Promise<number> {
  const parsed = parseCommandArguments(askCommand, argv);
  if (!parsed.ok) return finishParse(parsed, io);
  const json = parsed.values["json"] === true;
  const ask = await openAsk();
  const render = (answer: Answer) => (json ? `${JSON.stringify(toAnswerJson(answer))}\n` : `${answer.answer}\n\n`);
  // Waits for a slow reader before answering on, so a batch never piles answers up in memory. The wait that did not
  // end it is called off: left behind, each wait's listener stayed on stdout for the rest of the batch.
  const write = async (text: string) => {
    if (io.stdout.write(text)) return;
    const waiting = new AbortController();
    try {
      await Promise.race([once(io.stdout, "drain", { signal: waiting.signal }), once(io.stdout, "close", { signal: waiting.signal })]);
    } finally {
      waiting.abort();
    }
  };

  if (parsed.positionals.length > 0) {
    await write(render(await ask(parsed.positionals.join(" "))));
    return 0;
  }
  if (io.stdin.isTTY) io.stderr.write("Reading questions from standard input, one per line; Ctrl-D to finish.\n");
  // One character past the limit is kept, so the answer still says the question was cut.
  for await (const questions of readQuestionBatches(io.stdin, maximumQuestionLength + 1)) {
    // The answers to the questions read together are written together: a write is a system call, a wake-up of the
    // reader and the stream's bookkeeping, 5% of a batch's instructions when each answer had its own. What is held
    // stays under outputFlushCharacters.
    let pending = "";
    try {
      for (const question of questions) {
        if (question.trim() === "") continue;
        pending += render(await ask(question));
        if (pending.length >= outputFlushCharacters) {
          await write(pending);
          pending = "";
        }
      }
    } catch (error) {
      // Answers already made still go out when a later question fails, without waiting on the reader: the failure
      // is reported at once.
      if (pending !== "") io.stdout.write(pending);
      throw error;
    }
    if (pending !== "") await write(pending);
  }
  return 0;
}
