import { runAsk } from "../channels/cli-ask.js";
import { openService } from "./run-command.js";

/** `live-category-bot ask`: one answer, or one per line of standard input. */
export function main(argv: readonly string[]): Promise<number> {
  return runAsk(argv, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, async () => {
    const service = await openService();
    return (question) => service.answer(question);
  });
}
