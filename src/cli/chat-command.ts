import { loadCliMessages } from "../channels/cli-messages.js";
import { runChat } from "../channels/cli-chat.js";
import { readCoreSettings } from "../config/settings.js";
import { exitWithError, openService, runMain } from "./run-command.js";

runMain(async () => {
  const settings = readCoreSettings(process.env);
  if (!settings.ok) exitWithError(settings.error);
  const messages = loadCliMessages(settings.value.promptsDirectory);
  if (!messages.ok) exitWithError(messages.error);
  const service = await openService();
  await runChat(
    { input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) },
    (question, conversation, onToken) => service.answer(question, conversation, { onToken }),
    messages.value,
    service.corpus.frontMatter,
  );
});
