import { readCoreSettings } from "../config/settings.js";
import { finishParse, parseCommandArguments } from "./command-arguments.js";
import { chatCommand } from "./command-specs.js";
import { exitWithError, openService } from "./run-command.js";

/** `live-category-bot chat`: the interactive terminal chat. */
export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCommandArguments(chatCommand, argv);
  if (!parsed.ok) return finishParse(parsed);
  const settings = readCoreSettings(process.env);
  if (!settings.ok) exitWithError(settings.error);
  const [{ runChat }, { loadCliMessages }] = await Promise.all([import("../channels/cli-chat.js"), import("../channels/cli-messages.js")]);
  const messages = loadCliMessages(settings.value.promptsDirectory);
  if (!messages.ok) exitWithError(messages.error);
  const service = await openService();
  await runChat(
    { input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) },
    (question, conversation, onToken) => service.answer(question, conversation, { onToken }),
    messages.value,
    service.corpus.frontMatter,
  );
  return 0;
}
