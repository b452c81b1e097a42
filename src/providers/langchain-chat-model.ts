import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import { ChatOllama } from "@langchain/ollama";
import { ChatOpenAI } from "@langchain/openai";
import type { ChatMessage, ChatModel, CompleteOptions } from "../llm/chat-model.js";
import type { ChatProviderSettings } from "./provider-settings.js";

/** Our ChatModel port over a LangChain chat model. */
export class LangChainChatModel implements ChatModel {
  constructor(
    readonly id: string,
    private readonly model: BaseChatModel,
  ) {}

  async complete(messages: readonly ChatMessage[], options: CompleteOptions): Promise<string> {
    const input = messages.map(toLangChainMessage);
    if (!options.onToken) {
      const result = await this.model.invoke(input, { signal: options.signal });
      return contentText(result.content);
    }
    let text = "";
    for await (const chunk of await this.model.stream(input, { signal: options.signal })) {
      const piece = contentText(chunk.content);
      if (piece) {
        text += piece;
        options.onToken(piece);
      }
    }
    return text;
  }
}

/**
 * Builds the provider's model with retries off: LangChain's default retries turn an
 * unreachable endpoint into a wait of about 100 s, and our own timeout and breaker decide instead.
 */
export function createChatModel(settings: ChatProviderSettings): ChatModel {
  if (settings.provider === "openai") {
    const model = new ChatOpenAI({
      model: settings.model,
      apiKey: settings.apiKey ?? "not-needed",
      configuration: { baseURL: settings.baseUrl },
      maxRetries: 0,
      timeout: settings.timeoutMs,
      temperature: 0.2,
    });
    return new LangChainChatModel(`openai:${settings.model}`, model);
  }
  const model = new ChatOllama({ model: settings.model, baseUrl: settings.baseUrl, maxRetries: 0, temperature: 0.2 });
  return new LangChainChatModel(`ollama:${settings.model}`, model);
}

function toLangChainMessage(message: ChatMessage): BaseMessage {
  if (message.role === "system") return new SystemMessage(message.content);
  if (message.role === "assistant") return new AIMessage(message.content);
  return new HumanMessage(message.content);
}

function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content.map((part) => (typeof part === "string" ? part : part && typeof part === "object" && "text" in part ? String(part.text) : "")).join("");
  }
  return "";
}
