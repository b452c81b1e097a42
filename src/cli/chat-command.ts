import { runChat } from "../channels/cli-chat.js";
import { openService, runMain } from "./run-command.js";

runMain(async () => {
  const service = await openService();
  const { title, updated } = service.corpus.frontMatter;
  await runChat(
    { input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) },
    (question, conversation, onToken) => service.answer(question, conversation, { onToken }),
    `小程序直播类目助手 — 依据腾讯云《${title}》(${updated})。直接提问,例如「电商平台能用 live-pusher 吗?」`,
  );
});
