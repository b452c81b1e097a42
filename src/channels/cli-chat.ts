import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { emptyConversation, type Answer, type ConversationState } from "../answer/answer.js";
import { toAnswerJson } from "./answer-json.js";

export interface ChatIo {
  readonly input: Readable;
  readonly output: Writable;
  readonly terminal: boolean;
}

export type ChatAsk = (question: string, conversation: ConversationState, onToken?: (text: string) => void) => Promise<Answer>;

export const chatHelp = `命令 / commands:
  /help     显示帮助 / this help
  /reset    清空对话上下文 / forget the conversation
  /sources  上一个回答检索到的段落和分数 / last answer's retrieved chunks with scores
  /json     切换 JSON 输出 / toggle JSON output
  /quit     退出 / exit (Ctrl-D, Ctrl-C)`;

/** An interactive chat with multi-turn context; resolves when the user leaves. */
export async function runChat(io: ChatIo, ask: ChatAsk, banner: string): Promise<void> {
  const lines = createInterface({ input: io.input, output: io.terminal ? io.output : undefined, terminal: io.terminal, crlfDelay: Infinity });
  const say = (text: string) => io.output.write(`${text}\n`);
  let conversation: ConversationState = emptyConversation;
  let json = false;
  let last: Answer | null = null;
  // Ctrl-C closes the interface; the loop below then ends like it does on Ctrl-D.
  lines.on("SIGINT", () => lines.close());

  say(banner);
  say(chatHelp);
  lines.setPrompt("你> ");
  lines.prompt();
  for await (const line of lines) {
    const input = line.trim();
    if (input === "/quit" || input === "/exit") break;
    else if (input === "/help") say(chatHelp);
    else if (input === "/reset") {
      conversation = emptyConversation;
      say("已清空对话上下文。/ Conversation reset.");
    } else if (input === "/json") {
      json = !json;
      say(json ? "JSON 输出:开 / JSON output on" : "JSON 输出:关 / JSON output off");
    } else if (input === "/sources") {
      say(last ? formatSources(last) : "还没有回答。/ No answer yet.");
    } else if (input.startsWith("/")) {
      say(`未知命令 ${input}。输入 /help 查看命令。/ Unknown command; type /help.`);
    } else {
      // With a model configured, its text streams as it arrives; the guard still checks it at the end.
      let streamed = "";
      last = await ask(line, conversation, json ? undefined : (text) => {
        if (streamed === "") io.output.write("机器人> ");
        streamed += text;
        io.output.write(text);
      });
      conversation = last.conversation;
      if (json) say(JSON.stringify(toAnswerJson(last), null, 2));
      else if (streamed === "") say(`机器人> ${last.answer}`);
      else if (last.llm.used && last.llm.text !== null) say(last.answer.slice(last.answer.indexOf(last.llm.text) + last.llm.text.length));
      else say(`\n(模型的回答未通过规则校验,以下是按规则生成的回答 / The model's text failed the rules check; the rules' answer follows:)\n${last.answer}`);
    }
    lines.prompt();
  }
  lines.close();
  say("再见 / Bye.");
}

function formatSources(answer: Answer): string {
  if (answer.retrieved.length === 0) return "上一个回答没有检索。/ The last answer used no retrieval.";
  return answer.retrieved
    .map(
      (entry, position) =>
        `${position + 1}. 「${entry.heading}」 fused=${entry.score.toFixed(4)} vector-distance=${entry.vectorDistance?.toFixed(4) ?? "-"} bm25=${entry.keywordScore?.toFixed(3) ?? "-"}${entry.boosted ? " (boosted: resolved category)" : ""}`,
    )
    .join("\n");
}
