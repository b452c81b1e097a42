import { runAsk } from "../channels/cli-ask.js";
import { openService, runMain } from "./run-command.js";

runMain(() =>
  runAsk(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, async () => {
    const service = await openService();
    return (question) => service.answer(question);
  }),
);
