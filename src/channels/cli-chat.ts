import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { emptyConversation, type Answer, type ConversationState } from "../answer/answer.js";
import { fill } from "../answer/answer-templates.js";
import { toAnswerJson } from "./answer-json.js";
import type { CliMessages } from "./cli-messages.js";

export interface ChatIo {
  readonly input: Readable;
  readonly output: Writable;
  readonly terminal: boolean;
}

export type ChatAsk = (question: string, conversation: ConversationState, onToken?: (text: string) => void) => Promise<Answer>;

/** An interactive chat with multi-turn context; resolves when the user leaves. */
export async function runChat(io: ChatIo, ask: ChatAsk, messages: CliMessages, corpus: { readonly title: string; readonly updated: string }): Promise<void> {
  const lines = createInterface({ input: io.input, output: io.terminal ? io.output : undefined, terminal: io.terminal, crlfDelay: Infinity });
  const say = (text: string) => io.output.write(`${text}\n`);
  let conversation: ConversationState = emptyConversation;
  let json = false;
  let last: Answer | null = null;
  // Ctrl-C closes the interface; the loop below then ends like it does on Ctrl-D.
  lines.on("SIGINT", () => lines.close());

  say(fill(messages.banner, corpus));
  say(messages.help);
  lines.setPrompt(messages.prompt);
  lines.prompt();
  for await (const line of lines) {
    const input = line.trim();
    if (input === "/quit" || input === "/exit") break;
    else if (input === "/help") say(messages.help);
    else if (input === "/reset") {
      conversation = emptyConversation;
      say(messages.reset);
    } else if (input === "/json") {
      json = !json;
      say(json ? messages.jsonOn : messages.jsonOff);
    } else if (input === "/sources") {
      say(last ? formatSources(last, messages) : messages.noAnswerYet);
    } else if (input.startsWith("/")) {
      say(fill(messages.unknownCommand, { command: input }));
    } else {
      // With a model configured, its text streams as it arrives; the guard still checks it at the end.
      let streamed = "";
      last = await ask(line, conversation, json ? undefined : (text) => {
        if (streamed === "") io.output.write(messages.botPrefix);
        streamed += text;
        io.output.write(text);
      });
      conversation = last.conversation;
      if (json) say(JSON.stringify(toAnswerJson(last), null, 2));
      else if (streamed === "") say(`${messages.botPrefix}${last.answer}`);
      else if (last.llm.used && last.llm.text !== null) say(last.answer.slice(last.answer.indexOf(last.llm.text) + last.llm.text.length));
      else say(`\n${messages.modelRejected}\n${last.answer}`);
    }
    lines.prompt();
  }
  lines.close();
  say(messages.bye);
}

function formatSources(answer: Answer, messages: CliMessages): string {
  if (answer.retrieved.length === 0) return messages.noRetrieval;
  return answer.retrieved
    .map(
      (entry, position) =>
        `${position + 1}. 「${entry.heading}」 fused=${entry.score.toFixed(4)} vector-distance=${entry.vectorDistance?.toFixed(4) ?? "-"} bm25=${entry.keywordScore?.toFixed(3) ?? "-"}${entry.boosted ? " (boosted: resolved category)" : ""}`,
    )
    .join("\n");
}
