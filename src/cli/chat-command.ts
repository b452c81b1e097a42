import { finishParse, parseCommandArguments } from "./command-arguments.js";
import { chatCommand } from "./command-specs.js";
import { openService } from "./run-command.js";

/** `live-category-bot chat`: the interactive terminal chat. */
export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCommandArguments(chatCommand, argv);
  if (!parsed.ok) return finishParse(parsed);
  const [{ runChat }, service] = await Promise.all([import("../channels/cli-chat.js"), openService()]);
  const { title, updated } = service.corpus.frontMatter;
  await runChat(
    { input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) },
    (question, conversation, onToken) => service.answer(question, conversation, { onToken }),
    `小程序直播类目助手 — 依据腾讯云《${title}》(${updated})。直接提问,例如「电商平台能用 live-pusher 吗?」`,
  );
  return 0;
}
